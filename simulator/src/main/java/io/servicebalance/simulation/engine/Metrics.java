package io.servicebalance.simulation.engine;

/**
 * Service figures of one group of contacts (a channel, a tier or an hour of the day) in one replication. Durations in
 * seconds, rates as fractions; NaN where a figure has no meaning (ASA with nothing answered, occupancy of a tier).
 *
 * @param serviceLevel     answered within the threshold / offered; abandoned contacts count as failures
 * @param asaSeconds       mean wait of answered contacts
 * @param meanWaitSeconds  mean wait of all offered contacts (abandoned ones until they left)
 * @param occupancy        busy agent time / staffed agent time (chat: busy chat slots / staffed slots)
 * @param longestQueue     most contacts waiting at once
 */
public record Metrics(double offered, double answered, double abandoned, double serviceLevel, double asaSeconds,
                      double meanWaitSeconds, double abandonRate, double occupancy, double longestQueue) {

    /** The figure names in their stable output order. */
    public static final String[] NAMES = {"offered", "answered", "abandoned", "serviceLevel", "asaSeconds",
        "meanWaitSeconds", "abandonRate", "occupancy", "longestQueue"};

    /** The figures in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {offered, answered, abandoned, serviceLevel, asaSeconds, meanWaitSeconds, abandonRate,
            occupancy, longestQueue};
    }

    public static Metrics of(double[] v) {
        return new Metrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }
}
