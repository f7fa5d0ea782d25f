package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.simulation.SimulationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioFileTests {

    static String defaultScenario() throws IOException {
        try (InputStream in = ScenarioFileTests.class.getResourceAsStream("/scenarios/default.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedDefaultScenarioIsValid() throws IOException {
        Scenario s = ScenarioFile.parse(defaultScenario());
        assertThat(s.grid().serviceLevelTargets()).containsOnlyKeys("PHONE", "CHAT", "EMAIL");
        assertThat(Scenario.Defaults.optimises(s)).isTrue();
        assertThat(GridSize.of(s).policies()).as("one target for every channel at once, x 2 priorities").isEqualTo(10);
        assertThat(ScenarioFile.problems(s)).isEmpty();
    }

    @Test
    void namesEveryProblemOfTheNewCostKeys() {
        String json = """
                {"historical": {"agents": {"PHONE": "2"}}, "grid": {"priority": ["FIFO"]},
                 "targets": {"shortAbandonSeconds": -1},
                 "costs": {"agentPerHour": {"PHONE": 5}, "exchangeRates": {"usd": 1, "GBP": 0},
                           "customerValue": {"method": "given", "years": 0}, "acquisitionCost": -3}}""";
        assertThatThrownBy(() -> ScenarioFile.parse(json))
                .isInstanceOf(SimulationException.class)
                .satisfies(e -> assertThat(((SimulationException) e).problems()).containsExactlyInAnyOrder(
                        "targets.shortAbandonSeconds must not be negative",
                        "costs.exchangeRates: 'usd' is not a currency code (three capital letters)",
                        "costs.exchangeRates.GBP must be a positive number",
                        "costs.customerValue.years must be a positive number",
                        "costs.customerValue.perTier is required when costs.customerValue.method is \"given\"",
                        "costs.acquisitionCost must not be negative"));
    }

    @Test
    void listsEveryProblemOfAnInvalidScenarioAtOnce() {
        String json = """
                {"window": {"from": "2026-02-01T00:00:00Z", "to": "2026-01-01T00:00:00Z"},
                 "historical": {"agents": {"PHONE": "many"}, "priority": "LOUDEST"},
                 "grid": {"agents": {"FAX": {"scale": [1]}, "PHONE": {"scale": []}}},
                 "costs": {"agentPerHour": {"PHONE": -5}, "shrinkage": 1.2, "slaPenalty": {"GOLD": 3}}}""";
        assertThatThrownBy(() -> ScenarioFile.parse(json))
                .isInstanceOf(SimulationException.class)
                .satisfies(e -> assertThat(((SimulationException) e).problems()).containsExactlyInAnyOrder(
                        "window.from must be before window.to",
                        "historical.agents.PHONE: 'many' is not a whole number of agents",
                        "historical.priority: unknown priority 'LOUDEST' (one of [FIFO, TIER_STRICT, TIER_AGING, TIER_TARGET])",
                        "grid.agents: unknown channel 'FAX' (one of [PHONE, CHAT, EMAIL, SOCIAL])",
                        "grid.agents.PHONE.scale is empty",
                        "costs.agentPerHour.PHONE must not be negative",
                        "costs.slaPenalty: unknown tier 'GOLD' (one of [PREMIUM, STANDARD, BASIC, CARE])",
                        "costs.shrinkage must be at least 0 and below 1"));
    }

    @Test
    void anEmptyGridIsRefused() {
        assertThatThrownBy(() -> ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "grid": {}, "costs": {"agentPerHour": {"PHONE": 30}}}"""))
                .hasMessageContaining("grid is empty");
    }

    @Test
    void targetsTogetherNeedAsManyTargetsOnEveryChannel() {
        assertThatThrownBy(() -> ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "staffing": {"method": "optimise", "targets": "together"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.8, 0.9], "CHAT": [0.8]}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}"""))
                .hasMessageContaining("with staffing.targets \"together\" every channel lists as many targets"
                        + " ([CHAT 1, PHONE 2])");
        assertThatThrownBy(() -> ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "staffing": {"method": "optimise", "targets": "each"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.8]}}, "costs": {"agentPerHour": {"PHONE": 30}}}"""))
                .hasMessageContaining("staffing.targets must be \"combinations\" or \"together\"");
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "costs": {"agentPerHour": {"PHONE": 30}, "bonus": 3}}"""))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("costs.bonus")
                .hasMessageContaining("Unrecognized field \"bonus\"");
        assertThatThrownBy(() -> ScenarioFile.parse("{not json")).hasMessageStartingWith("the scenario is not valid");
    }

    @Test
    void namesEveryViolationOfTheNestedRecordsWithItsPath() {
        String json = """
                {"zone": "Mars/Olympus", "replications": 0,
                 "historical": {"chatConcurrency": 0},
                 "grid": {"agents": {"CHAT": {"scale": [1], "schedules": ["2"]}, "EMAIL": {"scale": [0, 1e400]}},
                          "priority": ["FIFO", "LOUDEST"],
                          "tierTargetSeconds": {"PREMIUM": {"PHONE": []}}},
                 "targets": {"thresholdSeconds": {"PHONE": -1}},
                 "patience": {"method": "given"},
                 "costs": {"agentPerHour": {"PHONE": null},
                           "churn": {"method": "given", "intercept": 0}}}""";
        assertThatThrownBy(() -> ScenarioFile.parse(json))
                .isInstanceOf(SimulationException.class)
                .satisfies(e -> assertThat(((SimulationException) e).problems()).containsExactlyInAnyOrder(
                        "zone: 'Mars/Olympus' is not a time zone",
                        "replications must be at least 1",
                        "historical.agents is required when historical.source is not \"seeded\"",
                        "historical.chatConcurrency must be at least 1",
                        "grid.agents.CHAT needs exactly one of scale or schedules",
                        "grid.agents.EMAIL.scale[0] must be a positive number",
                        "grid.agents.EMAIL.scale[1] must be a positive number",
                        "grid.priority[1]: unknown priority 'LOUDEST' (one of [FIFO, TIER_STRICT, TIER_AGING, TIER_TARGET])",
                        "grid.tierTargetSeconds.PREMIUM.PHONE is empty",
                        "targets.thresholdSeconds.PHONE must not be negative",
                        "patience.meanSeconds is required when patience.method is \"given\"",
                        "costs.agentPerHour.PHONE must not be null",
                        "costs.churn: \"given\" needs intercept, perAbandon, perLongWait and perUnresolvedComplaint"));
    }

    @Test
    void fillsWhatAScenarioLeavesOutFromTheDefaults() {
        Scenario s = ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "grid": {"priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        assertThat(Scenario.Defaults.replications(s)).isEqualTo(10);
        assertThat(Scenario.Defaults.seed(s)).isEqualTo(1);
        assertThat(Scenario.Defaults.zone(s)).isEqualTo("UTC");
        assertThat(Scenario.Defaults.currency(s)).isEqualTo("EUR");
        assertThat(s.historical().priorityOrDefault()).isEqualTo("FIFO");
        assertThat(s.costs().shrinkageOrDefault()).isEqualTo(0.3);
    }
}
