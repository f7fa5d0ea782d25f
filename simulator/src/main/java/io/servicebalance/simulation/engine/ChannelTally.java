package io.servicebalance.simulation.engine;

import io.servicebalance.customer.ServiceTier;

/** Running sums for one channel in one replication, by tier and by hour of day. */
final class ChannelTally {

    static final int TIERS = ServiceTier.values().length;
    static final int HOURS = 24;

    final Group[] tiers = new Group[TIERS];
    final Group[] hours = new Group[HOURS];
    final double[] busyArea = new double[HOURS];
    final double[] staffedArea = new double[HOURS];
    int longestQueue;

    ChannelTally() {
        for (int t = 0; t < TIERS; t++) {
            tiers[t] = new Group();
        }
        for (int h = 0; h < HOURS; h++) {
            hours[h] = new Group();
        }
    }

    /** Sums for one group of contacts. */
    static final class Group {
        long offered;
        long answered;
        long abandoned;
        long withinThreshold;
        double waitAnswered;
        double waitAll;
        int longestQueue;

        void add(Group other) {
            offered += other.offered;
            answered += other.answered;
            abandoned += other.abandoned;
            withinThreshold += other.withinThreshold;
            waitAnswered += other.waitAnswered;
            waitAll += other.waitAll;
            longestQueue = Math.max(longestQueue, other.longestQueue);
        }

        Metrics metrics(double busy, double staffed) {
            double n = offered;
            return new Metrics(offered, answered, abandoned, ratio(withinThreshold, n),
                    ratio(waitAnswered, answered), ratio(waitAll, n), ratio(abandoned, n), ratio(busy, staffed),
                    longestQueue);
        }
    }

    void answered(int tier, int hour, double wait, boolean withinThreshold) {
        answered(tiers[tier], wait, withinThreshold);
        answered(hours[hour], wait, withinThreshold);
    }

    private static void answered(Group g, double wait, boolean withinThreshold) {
        g.offered++;
        g.answered++;
        g.waitAnswered += wait;
        g.waitAll += wait;
        if (withinThreshold) {
            g.withinThreshold++;
        }
    }

    void abandoned(int tier, int hour, double wait) {
        abandoned(tiers[tier], wait);
        abandoned(hours[hour], wait);
    }

    private static void abandoned(Group g, double wait) {
        g.offered++;
        g.abandoned++;
        g.waitAll += wait;
    }

    void queueLength(int hour, int waiting) {
        if (waiting > longestQueue) {
            longestQueue = waiting;
        }
        if (waiting > hours[hour].longestQueue) {
            hours[hour].longestQueue = waiting;
        }
    }

    Group total() {
        Group total = new Group();
        for (Group g : tiers) {
            total.add(g);
        }
        total.longestQueue = longestQueue;
        return total;
    }

    static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}
