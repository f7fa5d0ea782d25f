package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.PoissonTraffic;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Trace;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Plans on three weeks of traffic from an independent generator (Poisson arrivals, weekends at 45% of weekdays) whose
 * customers churned by their own logistic rule: intervals with bootstrapped days are wider than with the recorded
 * arrivals, the churn coefficients' uncertainty widens the churn cost's interval, and the same seed gives the same
 * plan whatever the thread count.
 */
class HonestUncertaintyTests {

    private static final RecordedHistory HISTORY = history();

    private static RecordedHistory history() {
        Trace trace = new PoissonTraffic(60, 0.45, 180, 120, new double[] {1, 2, 1, 0}, 2_000).days(21, 4, false);
        SplittableRandom random = new SplittableRandom(8);
        Map<String, CustomerFacts> customers = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            customers.computeIfAbsent(trace.customerId(i), id -> {
                int unresolved = random.nextInt(3);
                boolean churned = random.nextDouble() < 1 / (1 + Math.exp(2.0 - 0.8 * unresolved));
                return new CustomerFacts(id, ServiceTier.STANDARD, 100, churned, unresolved);
            });
        }
        return new RecordedHistory(null, null, trace, customers, trace.size());
    }

    private static Scenario scenario(String uncertainty) {
        return ScenarioFile.parse("""
                {"name": "honest", "seed": 3, "replications": 8,
                 "historical": {"agents": {"PHONE": "0@00:00/4@08:00/0@20:00"}},
                 "grid": {"agents": {"PHONE": {"schedules": ["0@00:00/4@08:00/0@20:00", "0@00:00/5@08:00/0@20:00",
                                                               "0@00:00/6@08:00/0@20:00"]}}},
                 "patience": {"method": "given", "meanSeconds": {"PHONE": 120}},
                 %s
                 "costs": {"agentPerHour": {"PHONE": 20}, "perContact": {"PHONE": 1}, "perAbandoned": {"PHONE": 5},
                           "slaPenalty": {"STANDARD": 2, "PREMIUM": 4, "BASIC": 1}}}""".formatted(uncertainty));
    }

    private static Plan plan(String uncertainty, int threads) {
        return Planner.plan(scenario(uncertainty), HISTORY, Map.of(), threads, () -> { });
    }

    private static PolicyResult balance(Plan plan) {
        return plan.result().policies().get(plan.result().balancePoint());
    }

    @Test
    void bootstrappedDaysGiveTheBalancePointAWiderIntervalThanTheRecordedArrivals() {
        Plan recorded = plan("""
                "uncertainty": {"arrivals": "recorded", "handleTimes": "recorded", "churnParameters": false},""", 2);
        Plan bootstrapped = plan("""
                "uncertainty": {"arrivals": "bootstrap-days", "handleTimes": "recorded", "churnParameters": false},""", 2);

        assertThat(balance(bootstrapped).totalCost().ci95()).isGreaterThan(2 * balance(recorded).totalCost().ci95());
        assertThat(balance(bootstrapped).costs().perContact().ci95())
                .isGreaterThan(2 * balance(recorded).costs().perContact().ci95());
        assertThat(balance(bootstrapped).serviceLevel().ci95())
                .isGreaterThan(balance(recorded).serviceLevel().ci95());
    }

    @Test
    void theFittedChurnModelsUncertaintyReachesTheChurnCost() {
        Plan fixed = plan("""
                "uncertainty": {"arrivals": "recorded", "handleTimes": "recorded", "churnParameters": false},""", 2);
        Plan varied = plan("""
                "uncertainty": {"arrivals": "recorded", "handleTimes": "recorded", "churnParameters": true},""", 2);

        assertThat(balance(varied).costs().churn().ci95()).isGreaterThan(3 * balance(fixed).costs().churn().ci95());
    }

    @Test
    void honestByDefaultAndTheSameSeedGivesTheSamePlanWhateverTheThreads() {
        Plan one = plan("", 1);
        Plan two = plan("", 2);
        Plan explicit = plan("""
                "uncertainty": {"arrivals": "bootstrap-days", "handleTimes": "resample", "churnParameters": true},""",
                2);

        assertThat(PlanJson.tree(two).toString()).isEqualTo(PlanJson.tree(one).toString());
        assertThat(PlanJson.tree(one).path("models").path("uncertainty").toString())
                .isEqualTo("{\"arrivals\":\"bootstrap-days\",\"handleTimes\":\"resample\",\"churnParameters\":true}");
        assertThat(PlanFiles.markdown(one, "c.svg")).contains("Intervals (±, 95%) vary the days of the history");
        assertThat(PlanJson.tree(explicit).toString()).isEqualTo(PlanJson.tree(one).toString());
        assertThat(balance(one).costs().perContact().ci95()).isGreaterThan(0);
        assertThat(balance(one).costs().churn().ci95()).isGreaterThan(0);
    }

    @Test
    void indistinguishableComparesPairedReplicationsSoWideIntervalsStillSeparatePolicies() {
        Plan plan = plan("", 2);
        PolicyResult best = balance(plan);
        PolicyResult next = plan.result().policies().stream().filter(p -> !p.balancePoint())
                .min(java.util.Comparator.comparingDouble(p -> p.totalCost().mean())).orElseThrow();

        assertThat(next.totalCost().mean() - best.totalCost().mean())
                .isLessThan(best.totalCost().ci95() + next.totalCost().ci95());
        assertThat(next.indistinguishable()).isFalse();
        assertThat(best.indistinguishable()).isTrue();
    }

    @Test
    void refusesUnknownUncertaintyNamingTheField() {
        assertThatThrownBy(() -> Planner.plan(scenario("""
                "uncertainty": {"arrivals": "replay", "handleTimes": "shuffle"},"""), HISTORY, Map.of(), 1, () -> { }))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("uncertainty.arrivals must be \"bootstrap-days\" or \"recorded\"")
                .hasMessageContaining("uncertainty.handleTimes must be \"resample\" or \"recorded\"");
    }
}
