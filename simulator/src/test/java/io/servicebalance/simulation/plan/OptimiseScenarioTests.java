package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.simulation.SimulationException;
import org.junit.jupiter.api.Test;

/** The scenario keys of issue 11 items 2 and 4: what is accepted, what is refused and how the refusal names it. */
class OptimiseScenarioTests {

    static String scenario(String staffing, String grid, String demand) {
        return """
                {"historical": {"agents": {"PHONE": "10", "CHAT": "3"}},
                 %s
                 "grid": %s,
                 %s
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(
                staffing == null ? "" : "\"staffing\": " + staffing + ",", grid,
                demand == null ? "" : "\"demand\": " + demand + ",");
    }

    static final String OPTIMISE = "{\"method\": \"optimise\", \"interval\": \"PT30M\"}";
    static final String TARGETS = "{\"serviceLevelTargets\": {\"PHONE\": [0.7, 0.8, 0.9, 0.95]}}";

    @Test
    void acceptsTheContractsKeysAndCountsTheOptimisationWork() {
        Scenario s = ScenarioFile.parse(scenario(OPTIMISE, TARGETS, """
                {"volume": {"PHONE": 1.2}, "handleTime": {"CHAT": 1.1},
                 "moves": [{"from": "PHONE", "to": "CHAT", "share": 0.1}], "shrinkage": {"PHONE": 0.35},
                 "horizon": {"days": 91, "growth": 0.12}}"""));

        GridSize size = GridSize.of(s);
        assertThat(size.policies()).isEqualTo(4);
        assertThat(size.optimisations()).isEqualTo(4);
        // 4 targets x 10 evaluations x 3 replications, and the historical staffing's 3
        assertThat(size.optimisationRuns()).isEqualTo(4 * 10 * 3 + 3);
        assertThat(size.steps()).isEqualTo(5 * 10 + 123);
        assertThat(Scenario.Defaults.interval(s)).hasMinutes(30);
        assertThat(Scenario.Defaults.occupancyCap(s, io.servicebalance.contact.Channel.PHONE)).isEqualTo(0.85);
    }

    @Test
    void theDocumentedOptimiseExampleIsValid() throws java.io.IOException {
        Scenario s = ScenarioFile.parse(java.nio.file.Files.readString(java.nio.file.Path.of(
                "../docs/examples/scenario-optimise.json")));
        assertThat(Scenario.Defaults.optimises(s)).isTrue();
        assertThat(GridSize.of(s).policies()).isEqualTo(16);
        assertThat(s.demand().horizon().days()).isEqualTo(91);
    }

    @Test
    void refusesAnUnknownChannelATargetOutsideZeroAndOneAndAnIntervalThatDoesNotDivideADay() {
        assertThatThrownBy(() -> ScenarioFile.parse(scenario(
                "{\"method\": \"optimise\", \"interval\": \"PT7M\", \"occupancyCap\": {\"PHONE\": 1.2}}",
                "{\"serviceLevelTargets\": {\"FAX\": [0.8], \"PHONE\": [0, 0.8, 1.5], \"CHAT\": []}}", null)))
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.problems()).containsExactly(
                        "grid.serviceLevelTargets.CHAT is empty",
                        "grid.serviceLevelTargets.PHONE[0] must lie strictly between 0 and 1",
                        "grid.serviceLevelTargets.PHONE[2] must lie strictly between 0 and 1",
                        "grid.serviceLevelTargets: unknown channel 'FAX' (one of [PHONE, CHAT, EMAIL, SOCIAL])",
                        "staffing.interval: 'PT7M' must divide a day into equal intervals of at least 5 minutes"
                                + " (PT15M, PT30M, PT1H, ...)",
                        "staffing.occupancyCap.PHONE must be above 0 and at most 1"));
    }

    @Test
    void refusesTargetsWithoutOptimisingAndOptimisingWithoutTargets() {
        assertThatThrownBy(() -> ScenarioFile.parse(scenario(null, TARGETS, null)))
                .hasMessageContaining("grid.serviceLevelTargets: needs staffing.method \"optimise\"");
        assertThatThrownBy(() -> ScenarioFile.parse(scenario(OPTIMISE, "{\"priority\": [\"FIFO\"]}", null)))
                .hasMessageContaining("staffing.method: \"optimise\" needs grid.serviceLevelTargets");
        assertThatThrownBy(() -> ScenarioFile.parse(scenario("{\"method\": \"best\", \"interval\": \"half an hour\"}",
                "{\"priority\": [\"FIFO\"]}", null))).isInstanceOfSatisfying(SimulationException.class, e ->
                assertThat(e.problems()).containsExactly("staffing.interval: 'half an hour' is not an ISO-8601"
                        + " duration such as PT30M", "staffing.method must be \"grid\" or \"optimise\""));
        assertThatThrownBy(() -> ScenarioFile.parse(scenario(OPTIMISE,
                "{\"agents\": {\"PHONE\": {\"scale\": [1]}}, \"serviceLevelTargets\": {\"PHONE\": [0.8]}}", null)))
                .hasMessageContaining("grid.serviceLevelTargets: PHONE is also in grid.agents");
    }

    @Test
    void refusesBadDemandNamingTheField() {
        assertThatThrownBy(() -> ScenarioFile.parse(scenario(null, "{\"priority\": [\"FIFO\"]}", """
                {"volume": {"PHONE": -1, "FAX": 2}, "handleTime": {"CHAT": 0},
                 "moves": [{"from": "PHONE", "to": "PHONE", "share": 1.5}, {"to": "CHAT"}],
                 "shrinkage": {"PHONE": 1}, "horizon": {"days": 0, "growth": -1}}""")))
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.problems()).containsExactly(
                        "demand.handleTime.CHAT must be a positive number",
                        "demand.horizon.days must be between 1 and 3660",
                        "demand.horizon.growth must be above -1",
                        "demand.moves[0].share must lie in [0, 1]",
                        "demand.moves[0].to must differ from from",
                        "demand.moves[1].from is required",
                        "demand.moves[1].share is required",
                        "demand.shrinkage.PHONE must be at least 0 and below 1",
                        "demand.volume.PHONE must not be negative",
                        "demand.volume: unknown channel 'FAX' (one of [PHONE, CHAT, EMAIL, SOCIAL])"));
    }

    @Test
    void theOptimisationWorkCountsAgainstTheLimits() {
        Scenario s = ScenarioFile.parse(scenario(OPTIMISE, TARGETS, null));
        assertThat(new PlanLimits(2_000, 1_000, 150, Long.MAX_VALUE).problems(s)).containsExactly(
                "grid: 173 steps asked ((4 policies + the historical one) x 10 replications + up to 123 replications"
                        + " optimising staffing for 4 targets); the limit is 150 (max-steps)");
    }
}
