package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.simulation.SimulationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioFormTests {

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, String[]> fields(String... pairs) {
        Map<String, String[]> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> new String[] {a[0], b[0]});
        }
        return params;
    }

    @Test
    void fieldsAreWrittenOverTheJsonAndKeysTheFormDoesNotShowAreKept() throws Exception {
        String merged = ScenarioForm.merge("{\"seed\": 7, \"replications\": 10, \"costs\": {\"churn\":"
                + " {\"method\": \"fitted\"}}}", fields("replications", "3", "window.from", "2030-03-04",
                "grid.agents.PHONE.method", "scale", "grid.agents.PHONE.values", "0.5, 1,1.5",
                "grid.priority", "FIFO", "grid.priority", "TIER_AGING", "costs.shrinkage", "0.25"));

        JsonNode scenario = json.readTree(merged);
        assertThat(scenario.path("seed").asInt()).isEqualTo(7);
        assertThat(scenario.path("replications").isIntegralNumber()).isTrue();
        assertThat(scenario.path("replications").asInt()).isEqualTo(3);
        assertThat(scenario.at("/window/from").asText()).isEqualTo("2030-03-04T00:00:00Z");
        assertThat(scenario.at("/grid/agents/PHONE/scale").toString()).isEqualTo("[0.5,1,1.5]");
        assertThat(scenario.at("/grid/priority").toString()).isEqualTo("[\"FIFO\",\"TIER_AGING\"]");
        assertThat(scenario.at("/costs/shrinkage").asDouble()).isEqualTo(0.25);
        assertThat(scenario.at("/costs/churn/method").asText()).isEqualTo("fitted");
    }

    @Test
    void theOptimiseDemandAndUncertaintyFieldsWriteTheirScenarioKeysAndReadBack() throws Exception {
        String merged = ScenarioForm.merge("{}", fields("staffing.method", "optimise", "staffing.interval", "PT30M",
                "grid.serviceLevelTargets.PHONE", "0.7, 0.8,0.95", "demand.volume.PHONE", "1.2",
                "uncertainty.arrivals", "recorded", "uncertainty.handleTimes", ""));

        JsonNode scenario = json.readTree(merged);
        assertThat(scenario.at("/staffing/method").asText()).isEqualTo("optimise");
        assertThat(scenario.at("/staffing/interval").asText()).isEqualTo("PT30M");
        assertThat(scenario.at("/grid/serviceLevelTargets/PHONE").toString()).isEqualTo("[0.7,0.8,0.95]");
        assertThat(scenario.at("/demand/volume/PHONE").asDouble()).isEqualTo(1.2);
        assertThat(scenario.at("/uncertainty/arrivals").asText()).isEqualTo("recorded");
        assertThat(scenario.at("/uncertainty").has("handleTimes")).isFalse();
        assertThat(ScenarioForm.values(merged)).containsEntry("staffing.method", "optimise")
                .containsEntry("grid.serviceLevelTargets.PHONE", "0.7, 0.8, 0.95")
                .containsEntry("uncertainty.handleTimes", "");
    }

    @Test
    void aBlankFieldRemovesItsKeyAndTheObjectsItLeavesEmpty() throws Exception {
        String merged = ScenarioForm.merge("{\"window\": {\"from\": \"2030-01-01T00:00:00Z\"}, \"name\": \"x\"}",
                fields("window.from", " ", "name", "kept"));

        assertThat(json.readTree(merged).has("window")).isFalse();
        assertThat(json.readTree(merged).path("name").asText()).isEqualTo("kept");
    }

    @Test
    void explicitSchedulesAreWrittenAsTextAndReadBackWithTheirMethod() {
        String merged = ScenarioForm.merge("{}", fields("grid.agents.CHAT.method", "schedules",
                "grid.agents.CHAT.values", "2@00:00/6@08:00, 3"));

        assertThat(merged).contains("\"schedules\" : [ \"2@00:00/6@08:00\", \"3\" ]");
        Map<String, String> values = ScenarioForm.values(merged);
        assertThat(values).containsEntry("grid.agents.CHAT.method", "schedules")
                .containsEntry("grid.agents.CHAT.values", "2@00:00/6@08:00, 3");
    }

    @Test
    void theDefaultScenarioReadsIntoTheFields() {
        Map<String, String> values = ScenarioForm.values(ScenarioForm.defaultScenario());

        assertThat(values).containsEntry("staffing.method", "optimise").containsEntry("staffing.targets", "together")
                .containsEntry("grid.serviceLevelTargets.EMAIL", "0.7, 0.8, 0.9, 0.95, 0.99")
                .containsEntry("grid.priority", "FIFO, TIER_TARGET").containsEntry("costs.agentPerHour.PHONE", "32")
                .containsEntry("window.from", "");
    }

    @Test
    void aFieldThatIsNoNumberAndJsonThatIsNoObjectAreNamed() {
        assertThatThrownBy(() -> ScenarioForm.merge("{}", fields("costs.shrinkage", "a third")))
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.problems())
                        .containsExactly("costs.shrinkage: 'a third' is not a number"));
        assertThatThrownBy(() -> ScenarioForm.merge("{\"name\": ", Map.of()))
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.problems().get(0))
                        .startsWith("scenario: not valid JSON"));
        assertThatThrownBy(() -> ScenarioForm.merge("[1]", Map.of()))
                .isInstanceOfSatisfying(SimulationException.class, e -> assertThat(e.problems())
                        .containsExactly("scenario: must be a JSON object"));
    }
}
