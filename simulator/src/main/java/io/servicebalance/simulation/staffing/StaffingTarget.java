package io.servicebalance.simulation.staffing;

import io.servicebalance.contact.Channel;

/**
 * What one optimisation aims at: on {@code channel}, at least {@code serviceLevel} of contacts answered within
 * {@code thresholdSeconds} (abandons count as failures) in every interval, with occupancy at most {@code occupancyCap}.
 *
 * @param patienceSeconds mean patience for the Erlang A start, or null when the channel never abandons (Erlang C)
 * @param concurrency     contacts one agent holds at once (chats)
 */
public record StaffingTarget(Channel channel, double serviceLevel, double thresholdSeconds, Double patienceSeconds,
                             double occupancyCap, int concurrency) {

    public StaffingTarget {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("a service-level target must lie in (0, 1)");
        }
        if (!(occupancyCap > 0 && occupancyCap <= 1)) {
            throw new IllegalArgumentException("an occupancy cap must lie in (0, 1]");
        }
        if (!(thresholdSeconds >= 0) || concurrency < 1) {
            throw new IllegalArgumentException("the threshold must be >= 0 and the concurrency at least 1");
        }
    }
}
