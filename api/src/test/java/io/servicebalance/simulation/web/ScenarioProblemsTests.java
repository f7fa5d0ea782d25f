package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.web.Problems.FieldError;
import org.junit.jupiter.api.Test;

class ScenarioProblemsTests {

    @Test
    void aProblemAboutTheHistoryNamesTheScenarioNotItsFirstWord() {
        FieldError error = ScenarioProblems.fieldError(
                "the event store holds no contacts to replay: record, seed or import a history first");
        assertThat(error.field()).isEqualTo("scenario");
        assertThat(error.message()).startsWith("the event store holds no contacts");
    }

    @Test
    void problemsOfTheWholeScenarioNameTheScenario() {
        assertThat(ScenarioProblems.fieldError("the scenario is empty").field()).isEqualTo("scenario");
        assertThat(ScenarioProblems.fieldError("arrivals more than 292 years apart").field()).isEqualTo("scenario");
        assertThat(ScenarioProblems.fieldError("a policy needs a name").field()).isEqualTo("scenario");
    }

    @Test
    void aProblemStartingWithAScenarioPathNamesThatPath() {
        assertThat(ScenarioProblems.fieldError("grid.agents: unknown channel 'FAX'"))
                .isEqualTo(new FieldError("grid.agents", "unknown channel 'FAX'"));
        assertThat(ScenarioProblems.fieldError("costs.agentPerHour.PHONE must not be negative"))
                .isEqualTo(new FieldError("costs.agentPerHour.PHONE", "costs.agentPerHour.PHONE must not be negative"));
        assertThat(ScenarioProblems.fieldError("grid.priority[1]: unknown rule").field()).isEqualTo("grid.priority[1]");
        assertThat(ScenarioProblems.fieldError("window lies outside the history: contacts were received from ...")
                .field()).isEqualTo("window");
    }
}
