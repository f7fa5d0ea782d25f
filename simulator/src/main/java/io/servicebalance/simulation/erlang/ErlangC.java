package io.servicebalance.simulation.erlang;

/**
 * Erlang C (M/M/N, no abandonment) for offered load {@code A} Erlangs and {@code N} agents. Probabilities are computed
 * through the Erlang B recursion, which stays stable for thousands of agents (no factorials, no powers).
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B blocking probability by the recursion B(n) = A B(n-1) / (n + A B(n-1)). */
    public static double erlangB(double load, int agents) {
        requireLoad(load);
        double b = 1.0;
        for (int n = 1; n <= agents; n++) {
            b = load * b / (n + load * b);
        }
        return b;
    }

    /** Probability that a contact waits; 1 when the load reaches or exceeds the agents. */
    public static double probabilityOfWaiting(double load, int agents) {
        requireAgents(agents);
        if (load >= agents) {
            return 1.0;
        }
        double b = erlangB(load, agents);
        return agents * b / (agents - load * (1 - b));
    }

    /** Fraction of contacts answered within {@code thresholdSeconds}. */
    public static double serviceLevel(double load, int agents, double ahtSeconds, double thresholdSeconds) {
        if (load >= agents) {
            return 0.0;
        }
        return 1 - probabilityOfWaiting(load, agents) * Math.exp(-(agents - load) * thresholdSeconds / ahtSeconds);
    }

    /** Average speed of answer in seconds, over all contacts. */
    public static double averageSpeedOfAnswer(double load, int agents, double ahtSeconds) {
        if (load >= agents) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(load, agents) * ahtSeconds / (agents - load);
    }

    public static double occupancy(double load, int agents) {
        requireAgents(agents);
        return Math.min(1.0, load / agents);
    }

    /** The fewest agents whose service level reaches {@code target} (a fraction). */
    public static int minimumAgents(double load, double ahtSeconds, double thresholdSeconds, double target) {
        if (target <= 0 || target >= 1) {
            throw new IllegalArgumentException("target must be between 0 and 1 (exclusive)");
        }
        int agents = Math.max(1, (int) Math.floor(load) + 1);
        while (serviceLevel(load, agents, ahtSeconds, thresholdSeconds) < target) {
            agents++;
        }
        return agents;
    }

    /** Square-root staffing N = ceil(A + beta sqrt(A)): within about one agent of the optimum. */
    public static int squareRootStaffing(double load, double beta) {
        requireLoad(load);
        return (int) Math.ceil(load + beta * Math.sqrt(load));
    }

    static void requireLoad(double load) {
        if (!(load >= 0) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("load must be a finite number of Erlangs >= 0");
        }
    }

    static void requireAgents(int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be at least 1");
        }
    }
}
