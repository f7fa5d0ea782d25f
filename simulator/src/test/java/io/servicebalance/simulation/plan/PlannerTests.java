package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A day with three phone contacts whose costs are worked out by hand. One agent: a (09:00:00, 100 s) is answered at
 * once, b (09:00:10, patience 30 s) abandons after 30 s, c (09:00:20) is answered at 09:01:40 after 80 s. Two agents:
 * b is answered at once, c waits 40 s for b's agent. Replications replay the recorded path (uncertainty "recorded"),
 * so each one is the hand-worked case.
 */
class PlannerTests {

    static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    static RecordedHistory history() {
        Instant nine = DAY.plusSeconds(9 * 3600);
        List<TraceContact> contacts = List.of(
                new TraceContact("a", "u-a", ServiceTier.STANDARD, Channel.PHONE, nine, 100, Patience.atLeast(0), 100.0),
                new TraceContact("b", "u-b", ServiceTier.STANDARD, Channel.PHONE, nine.plusSeconds(10), 50,
                        Patience.exactly(30), 100.0),
                new TraceContact("c", "u-c", ServiceTier.STANDARD, Channel.PHONE, nine.plusSeconds(20), 10,
                        Patience.atLeast(80), 100.0));
        Map<String, CustomerFacts> customers = Map.of(
                "u-a", new CustomerFacts("u-a", ServiceTier.STANDARD, 100, false, 0),
                "u-b", new CustomerFacts("u-b", ServiceTier.STANDARD, 100, true, 0),
                "u-c", new CustomerFacts("u-c", ServiceTier.STANDARD, 100, false, 0));
        return new RecordedHistory(DAY, DAY.plusSeconds(86_400), Trace.of(contacts), customers, 9);
    }

    static Scenario scenario(int replications) {
        return ScenarioFile.parse("""
                {"name": "hand-made", "currency": "CHF", "seed": 5, "replications": %d,
                 "historical": {"agents": {"PHONE": "1"}},
                 "grid": {"agents": {"PHONE": {"schedules": ["1", "2"]}}},
                 "targets": {"thresholdSeconds": {"PHONE": 20}},
                 "patience": {"method": "given", "meanSeconds": {"PHONE": 1e12}},
                 "uncertainty": {"arrivals": "recorded", "handleTimes": "recorded", "churnParameters": false},
                 "costs": {"agentPerHour": {"PHONE": 10}, "shrinkage": 0.5, "perContact": {"PHONE": 1},
                           "perAbandoned": {"PHONE": 20}, "slaPenalty": {"STANDARD": 5},
                           "churn": {"method": "given", "intercept": 0, "perAbandon": 1.0986122886681098,
                                     "perLongWait": 0, "perUnresolvedComplaint": 0}}}""".formatted(replications));
    }

    @Test
    void pricesEveryComponentAsWorkedOutByHand() {
        Plan plan = Planner.plan(scenario(3), history(), Map.of(), 2, () -> { });
        PolicyResult one = plan.result().policies().get(0);
        PolicyResult two = plan.result().policies().get(1);
        // one agent: staff 24 h x 10 / 0.5; a and c handled; b abandoned; b and c breach; churn 0.5 + 0.75 + 0.5
        assertThat(one.costs().staff().mean()).isCloseTo(480, within(1e-9));
        assertThat(one.costs().perContact().mean()).isCloseTo(2, within(1e-9));
        assertThat(one.costs().abandons().mean()).isCloseTo(20, within(1e-9));
        assertThat(one.costs().slaPenalty().mean()).isCloseTo(10, within(1e-9));
        assertThat(one.costs().churn().mean()).isCloseTo(175, within(1e-9));
        assertThat(one.totalCost().mean()).isCloseTo(687, within(1e-9));
        assertThat(one.serviceLevel().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(one.agents()).isCloseTo(1, within(1e-12));
        // two agents: staff doubles, nobody abandons, only c breaches, churn 0.5 each
        assertThat(two.totalCost().mean()).isCloseTo(960 + 3 + 0 + 5 + 150, within(1e-9));
        assertThat(two.serviceLevel().mean()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(one.totalCost().ci95()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theBalancePointIsTheLowestExpectedTotalAndComparedWithHistory() {
        Plan plan = Planner.plan(scenario(3), history(), Map.of(), 1, () -> { });
        assertThat(plan.result().balancePoint()).isZero();
        assertThat(plan.result().policies()).filteredOn(PolicyResult::balancePoint).hasSize(1);
        assertThat(plan.relations()).containsExactly("the same service for the same cost",
                "more service for more cost");
        assertThat(plan.result().policies().get(1).dominated()).isFalse();
        assertThat(plan.result().historical().totalCost().mean()).isCloseTo(687, within(1e-9));
    }

    @Test
    void replayingTheHistoricalPolicyReproducesTheRecordedFigures() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        assertThat(plan.recordedServiceLevel()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(plan.recordedAbandonRate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(plan.replayedServiceLevel().mean()).isCloseTo(plan.recordedServiceLevel(), within(1e-12));
        assertThat(plan.replayedAbandonRate().mean()).isCloseTo(plan.recordedAbandonRate(), within(1e-12));
        assertThat(PlanJson.tree(plan).path("historical").path("faithful").asBoolean()).isTrue();
    }

    @Test
    void theSameSeedWritesTheSameReport() {
        String first = PlanJson.tree(Planner.plan(scenario(4), history(), Map.of(), 2, () -> { })).toString();
        String again = PlanJson.tree(Planner.plan(scenario(4), history(), Map.of(), 1, () -> { })).toString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void resultsCsvMarksExactlyTheMinimumOfExpectedTotalCost() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        String[] lines = PlanFiles.csv(plan).split("\n");
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).contains("policy", "service_level", "service_cost", "poor_service_cost", "total_cost",
                "total_cost_ci95", "balance_point");
        int total = header.indexOf("total_cost");
        double min = Double.MAX_VALUE;
        String minRowFlag = null;
        int flagged = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].replaceAll("\"[^\"]*\"", "label").split(",", -1);
            double cost = Double.parseDouble(cells[total]);
            if (cost < min) {
                min = cost;
                minRowFlag = cells[cells.length - 1];
            }
            flagged += cells[cells.length - 1].equals("true") ? 1 : 0;
        }
        assertThat(flagged).isEqualTo(1);
        assertThat(minRowFlag).isEqualTo("true");
    }
}
