package io.servicebalance.simulation.policy;

import io.servicebalance.contact.Channel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long customers would wait, per channel, when the trace does not say: exponential with the given mean. A channel
 * without a mean has infinitely patient customers for contacts of unknown patience. EMAIL and SOCIAL never abandon.
 */
public record PatienceModel(Map<Channel, Double> meanSeconds) {

    public PatienceModel {
        meanSeconds.forEach((c, m) -> {
            if (m == null || !(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("mean patience for " + c + " must be a positive number of seconds");
            }
        });
        meanSeconds = Collections.unmodifiableMap(meanSeconds.isEmpty() ? new EnumMap<>(Channel.class)
                : new EnumMap<>(meanSeconds));
    }

    public static PatienceModel none() {
        return new PatienceModel(Map.of());
    }

    /** Whether contacts on this channel can abandon at all. */
    public static boolean abandons(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT;
    }
}
