package io.servicebalance.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanReport;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.PolicyResult;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Seeding through the domain, reading a window of the contact history and planning on it, on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(SeededFixture.class)
class PlanningIntegrationTests {

    @Autowired
    HistorySeeder seeder;
    @Autowired
    HistoryReader reader;
    @Autowired
    SeededHistories seeded;

    @TempDir
    Path out;

    static Scenario scenario() {
        return ScenarioFile.parse("""
                {"name": "integration", "seed": 3, "replications": 4, %s,
                 "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": [0.5, 1, 2]}}, "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30},
                           "perAbandoned": {"PHONE": 25, "CHAT": 12}, "slaPenalty": {"PREMIUM": 8, "STANDARD": 2},
                           "defaultCustomerValue": 200}}""".formatted(SeededFixture.window()));
    }

    @Test
    void replayingUnderTheHistoricalStaffingReproducesTheRecordedFigures() {
        Plan plan = Planner.plan(scenario(), reader.read(SeededFixture.FROM, SeededFixture.TO),
                seeded.latestStaffing().orElseThrow(), 2, () -> { });
        assertThat(plan.recordedAbandonRate()).isBetween(0.01, 0.3);
        assertThat(Math.abs(plan.replayedServiceLevel().mean() - plan.recordedServiceLevel()))
                .isLessThanOrEqualTo(plan.replayedServiceLevel().ci95() + 1e-9);
        assertThat(Math.abs(plan.replayedAbandonRate().mean() - plan.recordedAbandonRate()))
                .isLessThanOrEqualTo(plan.replayedAbandonRate().ci95() + 1e-9);
    }

    @Test
    void aPlanWritesItsFilesNeverWritesEventsAndRepeatsForTheSameSeed() throws Exception {
        long events = seeded.storedEvents();
        Plan plan = Planner.plan(scenario(), reader.read(SeededFixture.FROM, SeededFixture.TO),
                seeded.latestStaffing().orElseThrow(), 2, () -> { });
        PlanReport.write(plan, out);
        PlanCharts.writeAll(plan.result(), out);
        assertThat(seeded.storedEvents()).isEqualTo(events);
        for (String file : new String[] {"report.json", "results.csv", "report.md", "cost-vs-service-level.png",
            "cost-vs-service-level.svg", "cost-vs-staffing.png", "service-level-by-tier.svg", "frontier.png"}) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        double best = plan.result().best().totalCost().mean();
        assertThat(plan.result().policies()).allMatch(p -> p.totalCost().mean() >= best);
        assertThat(plan.result().policies()).filteredOn(PolicyResult::balancePoint).hasSize(1);
        JsonNode report = PlanJson.tree(plan);
        assertThat(report.path("historical").path("recorded").path("serviceLevel").isNumber()).isTrue();
        assertThat(report.path("balancePoint").path("totalCost").path("ci95").isNumber()).isTrue();
        Plan again = Planner.plan(scenario(), reader.read(SeededFixture.FROM, SeededFixture.TO),
                seeded.latestStaffing().orElseThrow(), 1, () -> { });
        assertThat(PlanJson.tree(again)).isEqualTo(report);
        assertThat(Files.readString(out.resolve("results.csv")).lines().filter(l -> l.endsWith(",true")).count())
                .isEqualTo(1);
    }

    @Test
    void seedingRefusesToWriteIntoAnExistingHistoryUnlessAdding() {
        long events = seeded.storedEvents();
        assertThatThrownBy(() -> seeder.seed(SeededFixture.SETTINGS, SyntheticHistory.generate(SeededFixture.SETTINGS),
                false, new io.servicebalance.eventstore.bulk.BulkAppender.Listener() { }))
                .isInstanceOf(HistorySeeder.HistoryExists.class)
                .hasMessageContaining("use --append");
        assertThat(seeded.storedEvents()).isEqualTo(events);
    }
}
