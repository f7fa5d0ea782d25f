package io.servicebalance.simulation.erlang;

/**
 * Erlang A (M/M/N+M): Poisson arrivals at rate lambda, exponential handling at rate mu per agent, N agents and
 * exponential patience at rate theta. Solved exactly on the birth-death chain of the number in system, computed in
 * ratios relative to state N so that it stays stable for large N; the infinite tail is summed until its terms vanish.
 *
 * @param probabilityOfWaiting  P(an arrival finds all agents busy)
 * @param probabilityOfAbandon  P(an arrival abandons) = theta E[queue] / lambda
 * @param meanQueue             E[number waiting]
 * @param meanWaitSeconds       mean wait of all arrivals (Little's law on the queue)
 * @param occupancy             busy agents / N
 */
public record ErlangA(double probabilityOfWaiting, double probabilityOfAbandon, double meanQueue,
                      double meanWaitSeconds, double occupancy) {

    /**
     * @param arrivalsPerSecond lambda
     * @param ahtSeconds        mean handle time 1/mu
     * @param patienceSeconds   mean patience 1/theta
     * @param agents            N
     */
    public static ErlangA of(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds, int agents) {
        ErlangC.requireAgents(agents);
        if (!(arrivalsPerSecond > 0) || !(ahtSeconds > 0) || !(patienceSeconds > 0)) {
            throw new IllegalArgumentException("arrival rate, handle time and patience must be positive");
        }
        double mu = 1 / ahtSeconds;
        double theta = 1 / patienceSeconds;
        double load = arrivalsPerSecond * ahtSeconds;
        // Below N: pi_n / pi_N = prod_{k=n+1..N} (k mu / lambda); summed downward from N.
        double below = 0;
        double busyBelow = 0;
        double ratio = 1;
        for (int n = agents - 1; n >= 0; n--) {
            ratio *= (n + 1) / load;
            below += ratio;
            busyBelow += ratio * n;
            if (ratio < 1e-300) {
                break;
            }
        }
        // At and above N: pi_{N+j} / pi_N = prod_{i=1..j} lambda / (N mu + i theta).
        double atOrAbove = 1;
        double queue = 0;
        double term = 1;
        for (int j = 1; term > 1e-16 * atOrAbove || j < 10; j++) {
            term *= arrivalsPerSecond / (agents * mu + j * theta);
            atOrAbove += term;
            queue += term * j;
        }
        double total = below + atOrAbove;
        double pWait = atOrAbove / total;
        double meanQueue = queue / total;
        double busy = (busyBelow + agents * atOrAbove) / total;
        return new ErlangA(pWait, theta * meanQueue / arrivalsPerSecond, meanQueue, meanQueue / arrivalsPerSecond,
                busy / agents);
    }

    /** Fraction of arrivals answered within {@code thresholdSeconds}; abandoned contacts count as failures. */
    public static double serviceLevel(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds, int agents,
                                      double thresholdSeconds) {
        of(arrivalsPerSecond, ahtSeconds, patienceSeconds, agents);
        return new ErlangAWaits(arrivalsPerSecond, ahtSeconds, patienceSeconds, agents).answeredWithin(
                thresholdSeconds);
    }

    /** Average speed of answer: the mean wait of answered contacts, in seconds. */
    public static double averageSpeedOfAnswer(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
                                              int agents) {
        of(arrivalsPerSecond, ahtSeconds, patienceSeconds, agents);
        return new ErlangAWaits(arrivalsPerSecond, ahtSeconds, patienceSeconds, agents).meanWaitOfAnswered();
    }

    /** The fewest agents whose service level reaches {@code target}, searched upward from one. */
    public static int minimumAgents(double arrivalsPerSecond, double ahtSeconds, double patienceSeconds,
                                    double thresholdSeconds, double target) {
        if (target <= 0 || target >= 1) {
            throw new IllegalArgumentException("target must be between 0 and 1 (exclusive)");
        }
        int agents = Math.max(1, (int) Math.floor(arrivalsPerSecond * ahtSeconds * 0.5));
        while (serviceLevel(arrivalsPerSecond, ahtSeconds, patienceSeconds, agents, thresholdSeconds) < target) {
            agents++;
        }
        return agents;
    }
}
