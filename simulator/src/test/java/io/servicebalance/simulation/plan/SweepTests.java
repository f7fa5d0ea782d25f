package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sweep run in parts, in any order and on any number of threads, gives the one-piece plan byte for byte. */
class SweepTests {

    /** 400 phone contacts over a day, a third abandoned: patience is fitted and drawn per replication. */
    static RecordedHistory history() {
        Random random = new Random(11);
        Instant day = Instant.parse("2026-03-02T00:00:00Z");
        List<TraceContact> contacts = new ArrayList<>();
        Map<String, CustomerFacts> customers = new HashMap<>();
        double at = 8 * 3600;
        for (int i = 0; i < 400; i++) {
            at += -Math.log(1 - random.nextDouble()) * 90;
            String customer = "u-" + (i % 50);
            double wait = -Math.log(1 - random.nextDouble()) * 60;
            Patience patience = i % 3 == 0 ? Patience.exactly(wait) : Patience.atLeast(wait);
            contacts.add(new TraceContact("k-" + i, customer, ServiceTier.values()[i % 4], Channel.PHONE,
                    day.plusMillis((long) (at * 1000)), 60 + random.nextInt(400), patience, 100.0 + i % 7));
            customers.put(customer, new CustomerFacts(customer, ServiceTier.values()[i % 4], 500, i % 5 == 0, 0));
        }
        return new RecordedHistory(day, day.plusSeconds(86_400), Trace.of(contacts), customers, 800);
    }

    static Scenario scenario(long seed) {
        return ScenarioFile.parse("""
                {"name": "parts", "seed": %d, "replications": 5, "historical": {"agents": {"PHONE": "3"}},
                 "grid": {"agents": {"PHONE": {"schedules": ["2", "3", "4", "5"]}}, "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 30}, "perAbandoned": {"PHONE": 8}}}""".formatted(seed));
    }

    private static String bytes(Plan plan) {
        return PlanJson.tree(plan).toString() + "\n" + PlanFiles.csv(plan);
    }

    /** Runs the sweep as jobs of {@code size} steps, last job first, each on its own sweep (another process). */
    private static Plan inParts(Scenario scenario, RecordedHistory history, int size) {
        Sweep first = sweep(scenario, history, 1);
        byte[][] figures = new byte[(int) first.steps()][];
        for (long end = first.steps(); end > 0; end -= size) {
            Sweep other = sweep(scenario, history, 2);
            other.run(Math.max(0, end - size), end, (int) (end % 3) + 1, (step, f) -> figures[(int) step] = f,
                    () -> false);
        }
        return first.plan(figures, () -> false);
    }

    private static Sweep sweep(Scenario scenario, RecordedHistory history, int threads) {
        return Planner.sweep(scenario, ServiceLevelAgreement.DEFAULT, history, Map.of(), threads, PlanLimits.DEFAULTS,
                () -> { }, () -> false);
    }

    @Test
    void aSweepRunInPartsInAnyOrderEqualsTheOnePieceRunByteForByte() {
        RecordedHistory history = history();
        String whole = bytes(Planner.plan(scenario(7), history, Map.of(), 2, () -> { }));

        assertThat(bytes(inParts(scenario(7), history, 3))).isEqualTo(whole);
        assertThat(bytes(inParts(scenario(7), history, 10))).isEqualTo(whole);
        assertThat(bytes(inParts(scenario(8), history, 3))).isNotEqualTo(whole);
    }

    @Test
    void aProcessGivenTheStaffingAnotherOptimisedDoesNotOptimiseAgainAndPlansByteForByteAsThatOne() {
        RecordedHistory history = history();
        Scenario scenario = ScenarioFile.parse("""
                {"name": "optimised in parts", "seed": 7, "replications": 3, "historical": {"agents": {"PHONE": "3"}},
                 "staffing": {"method": "optimise", "interval": "PT1H"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.7, 0.9]}, "priority": ["FIFO", "TIER_STRICT"]},
                 "targets": {"thresholdSeconds": {"PHONE": 20}},
                 "costs": {"agentPerHour": {"PHONE": 30}, "perAbandoned": {"PHONE": 8}}}""");
        Plan whole = Planner.plan(scenario, history, Map.of(), 2, () -> { });
        AtomicInteger optimising = new AtomicInteger();
        Sweep first = Planner.sweep(scenario, ServiceLevelAgreement.DEFAULT, history, Map.of(), 1, PlanLimits.DEFAULTS,
                optimising::incrementAndGet, () -> false);
        byte[] stored = first.optimisedStaffing();
        assertThat(optimising.get()).as("the first process optimises").isPositive();

        AtomicInteger again = new AtomicInteger();
        byte[][] figures = new byte[(int) first.steps()][];
        for (long end = first.steps(); end > 0; end -= 4) {
            Sweep other = Planner.sweep(scenario, ServiceLevelAgreement.DEFAULT, history, Map.of(), stored, 2,
                    PlanLimits.DEFAULTS, again::incrementAndGet, () -> false);
            other.run(Math.max(0, end - 4), end, 2, (step, f) -> figures[(int) step] = f, () -> false);
        }
        Plan merged = Planner.sweep(scenario, ServiceLevelAgreement.DEFAULT, history, Map.of(), stored, 1,
                PlanLimits.DEFAULTS, again::incrementAndGet, () -> false).plan(figures, () -> false);

        assertThat(again.get()).as("processes given the stored staffing optimise nothing").isZero();
        assertThat(whole.staffing().isEmpty()).isFalse();
        assertThat(bytes(merged) + PlanFiles.staffingCsv(merged)).isEqualTo(bytes(whole) + PlanFiles.staffingCsv(whole));
        assertThat(stored).isEqualTo(Planner.sweep(scenario, ServiceLevelAgreement.DEFAULT, history, Map.of(), stored,
                1, PlanLimits.DEFAULTS, () -> { }, () -> false).optimisedStaffing());
    }

    @Test
    void aPlanNeedsTheFiguresOfEveryStep() {
        Sweep sweep = sweep(scenario(7), history(), 1);
        byte[][] figures = new byte[(int) sweep.steps()][];
        sweep.run(0, sweep.steps() - 1, 1, (step, f) -> figures[(int) step] = f, () -> false);

        assertThat(sweep.steps()).isEqualTo(9 * 5);
        assertThatThrownBy(() -> sweep.plan(figures, () -> false)).hasMessageContaining("step 44");
        assertThatThrownBy(() -> sweep.run(40, 46, 1, (s, f) -> { }, () -> false))
                .hasMessageContaining("outside [0, 45)");
    }
}
