package io.servicebalance.simulation.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A planner's what-if question, read from JSON (docs/planning.md): the window of history to replay, the historical
 * policy, the grid of policies to try, the service-level targets, the patience and churn models and the costs.
 * Channel and tier names are strings here; {@link ScenarioCheck} validates them all at once.
 */
public record Scenario(String name, String currency, Window window, String zone, Long seed, Integer replications,
                       Historical historical, Grid grid, Targets targets, PatienceSpec patience, Costs costs) {

    /** Contacts received in [from, to); either bound may be omitted. */
    public record Window(Instant from, Instant to) {
    }

    /**
     * The policy the history was recorded under: {@code source: "seeded"} takes the staffing the seed command ran,
     * otherwise {@code agents} gives a schedule per channel ({@code "14"} or {@code "6@00:00/14@08:00"}).
     */
    public record Historical(String source, Map<String, String> agents, String priority, Integer chatConcurrency) {
    }

    /**
     * The policies to try: the product of every axis. {@code agents} per channel: {@code scale} factors applied to
     * the historical schedule, or explicit {@code schedules}; {@code priority}: queue disciplines;
     * {@code tierTargetSeconds}: tier -> channel -> thresholds.
     */
    public record Grid(Map<String, StaffingAxis> agents, List<String> priority,
                       Map<String, Map<String, List<Double>>> tierTargetSeconds) {
    }

    public record StaffingAxis(List<Double> scale, List<String> schedules) {
    }

    /** Service-level thresholds per channel, optionally per tier and channel. */
    public record Targets(Map<String, Double> thresholdSeconds, Map<String, Map<String, Double>> tierThresholdSeconds) {
    }

    /** {@code fitted} (from the history, censoring-aware) or {@code given} means per channel. */
    public record PatienceSpec(String method, Map<String, Double> meanSeconds) {
    }

    /**
     * Cost figures in {@code currency} for the whole window.
     *
     * @param agentPerHour          cost of one agent hour per channel
     * @param shrinkage             share of paid time not on the phones (0.3 typical)
     * @param perContact            cost per handled contact per channel
     * @param perAbandoned          cost per abandoned contact per channel
     * @param slaPenalty            penalty per breached contact, per tier
     * @param defaultCustomerValue  value of a customer with no recorded purchases
     */
    public record Costs(Map<String, Double> agentPerHour, Double shrinkage, Map<String, Double> perContact,
                        Map<String, Double> perAbandoned, Map<String, Double> slaPenalty, Churn churn,
                        Double defaultCustomerValue) {
    }

    /**
     * Churn probability = 1 / (1 + exp(-(intercept + perAbandon a + perLongWait w + perUnresolvedComplaint u))) for a
     * customer with a abandons, w long waits and u unresolved complaints; {@code fitted} estimates the coefficients
     * from the history by maximum-likelihood logistic regression, {@code given} takes them from here.
     */
    public record Churn(String method, Double intercept, Double perAbandon, Double perLongWait,
                        Double perUnresolvedComplaint, Map<String, Double> longWaitSeconds) {
    }
}
