package io.servicebalance.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.history.SeededFixture;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's scenario over the seeded fixture (two weeks, read through the contact history): its report's balance
 * point has an interval that reflects arrival sampling (days resampled by default), wider than replaying the recorded
 * arrivals, and the report says what the intervals vary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(SeededFixture.class)
class DemoUncertaintyIntegrationTests {

    @Autowired
    PlanningService planning;

    @TempDir
    Path out;

    private Plan demo(String uncertainty) {
        return planning.plan(SeededFixture.demoScenario("EUR", 4, uncertainty), PlanLimits.DEFAULTS, 2,
                SeededFixture.SILENT, () -> { }, () -> false).plan();
    }

    @Test
    void theDemosBalancePointHasAnIntervalThatReflectsArrivalSampling() throws Exception {
        Plan honest = demo("");
        Plan recorded = demo("\"uncertainty\": {\"arrivals\": \"recorded\", \"handleTimes\": \"recorded\"},");

        PlanningService.write(honest, out);
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("Intervals (±, 95%) vary the days of the history (resampled by day of week), handle times");
        JsonNode report = PlanJson.tree(honest);
        assertThat(report.path("models").path("uncertainty").path("arrivals").asText()).isEqualTo("bootstrap-days");
        assertThat(honest.result().best().serviceCost().ci95())
                .isGreaterThan(recorded.result().best().serviceCost().ci95());
        assertThat(honest.result().best().serviceLevel().ci95())
                .isGreaterThan(recorded.result().best().serviceLevel().ci95());
    }
}
