package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.servicebalance.simulation.SimulationException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanLimitsTests {

    /** The 1.2 KB flood scenario: 4 channels x 10 scales, 3 priorities, 2 tier-target axes x 10. */
    static String flood(int replications) {
        String ten = "[0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4]";
        String targets = "[5, 10, 15, 20, 25, 30, 35, 40, 45, 50]";
        return """
                {"replications": %d, "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": %s}, "CHAT": {"scale": %s}, "EMAIL": {"scale": %s},
                                     "SOCIAL": {"scale": %s}},
                          "priority": ["FIFO", "TIER_STRICT", "TIER_AGING"],
                          "tierTargetSeconds": {"PREMIUM": {"PHONE": %s}, "CARE": {"PHONE": %s}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(replications, ten, ten, ten, ten, targets,
                targets);
    }

    @Test
    void countsPoliciesAndStepsFromTheAxesWithoutExpandingInSixtyFourBits() {
        GridSize size = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> GridSize.of(ScenarioFile.parse(
                flood(1000))));
        assertThat(size.policies()).isEqualTo(3_000_000L);
        assertThat(size.steps()).isEqualTo(3_000_001_000L);
        assertThat(PlanReport.replicationsOf(ScenarioFile.parse(flood(1000)))).isEqualTo(3_000_001_000L);
    }

    @Test
    void refusesAGridOverTheLimitNamingTheLimitAndTheSizeAsked() {
        PlanLimits limits = new PlanLimits(2_000, 1_000, 200_000, 1L << 40);
        assertThat(limits.problems(ScenarioFile.parse(flood(1000)))).containsExactly(
                "grid: 3,000,000 policies asked (the product of the grid's axes); the limit is 2,000 (max-policies)");
        assertThat(new PlanLimits(2_000, 100, 200_000, 1L << 40).problems(PlannerTests
                .scenario(101))).containsExactly("replications: 101 asked; the limit is 100 (max-replications)");
    }

    @Test
    void refusesMoreStepsThanTheLimit() {
        PlanLimits limits = new PlanLimits(2_000, 1_000, 29, 1L << 40);
        assertThat(limits.problems(PlannerTests.scenario(10))).containsExactly("grid: 30 steps asked ((2 policies"
                + " + the historical one) x 10 replications); the limit is 29 (max-steps)");
        assertThat(new PlanLimits(2_000, 1_000, 30, 1L << 40).problems(PlannerTests.scenario(10))).isEmpty();
    }

    @Test
    void refusesAGridWhoseMemoryEstimateIsOverTheBudget() {
        PlanLimits limits = new PlanLimits(2_000, 1_000, 200_000, 1_000);
        assertThat(limits.problems(PlannerTests.scenario(10))).singleElement().asString()
                .startsWith("grid: this plan needs an estimated 1 MiB (30 steps, 0 contacts, 1 workers)")
                .endsWith("the budget is 1 MiB (memory-budget)");
    }

    @Test
    void aPlanOverTheMemoryBudgetForItsContactsIsRefusedBeforeItRuns() {
        long grid = MemoryEstimate.of(GridSize.of(PlannerTests.scenario(2)), 0, 1).bytes();
        PlanLimits limits = new PlanLimits(2_000, 1_000, 200_000, grid + 10);
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> Planner.plan(PlannerTests.scenario(2), PlannerTests.history(), Map.of(), 1, limits,
                steps::incrementAndGet, () -> false)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("3 contacts, 1 workers").hasMessageContaining("(memory-budget)");
        assertThat(steps).hasValue(0);
    }

    @Test
    void aCancelledPlanStopsAtTheNextStep() {
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> Planner.plan(PlannerTests.scenario(50), PlannerTests.history(), Map.of(), 1,
                PlanLimits.DEFAULTS, steps::incrementAndGet, () -> steps.get() >= 4))
                .isInstanceOf(CancellationException.class);
        assertThat(steps).hasValue(4);
    }
}
