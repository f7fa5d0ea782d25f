package io.servicebalance.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's scenario over the seeded fixture (two weeks, read through the contact history): its report's balance
 * point has an interval that reflects arrival sampling (days resampled by default), wider than replaying the recorded
 * arrivals, and the report says what the intervals vary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoUncertaintyIntegrationTests {

    @Autowired
    PlanningService planning;
    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path out;

    private Plan demo(String uncertainty) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/scenarios/default.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", " + SeededFixture.window() + ","
                            + uncertainty)
                    .replace("\"replications\": 10", "\"replications\": 4");
            return planning.plan(ScenarioFile.parse(json), PlanLimits.DEFAULTS, 2, new Silent(), () -> { },
                    () -> false).plan();
        }
    }

    @Test
    void theDemosBalancePointHasAnIntervalThatReflectsArrivalSampling() throws Exception {
        SeededFixture.ensure(seeder, jdbc);
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

    private static final class Silent implements ContactHistoryCatchUp.Listener {
        @Override
        public void waiting(ContactHistoryLag.Lag lag, Duration limit) {
        }

        @Override
        public void progress(ContactHistoryLag.Lag lag) {
        }
    }
}
