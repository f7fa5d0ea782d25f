package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Acceptance (issue 10): a history produced by a contact centre that is not the project's engine (its own M/M/N+M
 * event loop with known staffing) is imported from the three files, and a plan given that staffing as
 * {@code historical.agents} replays it to the recorded service level and abandon rate within 0.01.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportedHistoryReplayIntegrationTests {

    private static final Instant FROM = Instant.parse("2024-02-05T00:00:00Z");
    private static final Instant TO = FROM.plusSeconds(2 * 86_400L);
    private static final int AGENTS = 7;

    @Autowired
    HistoryImporter importer;
    @Autowired
    HistoryReader reader;

    @Test
    void aPlanWithTheKnownStaffingReplaysTheImportedHistoryToItsRecordedFigures() {
        ErlangAContactLog log = new ErlangAContactLog(11, AGENTS, 60, 360, 180, TO.toEpochMilli() - FROM.toEpochMilli()
                - 3_600_000);
        String[] files = log.files(ImportFiles.prefix(), FROM, 150);
        ImportSummary summary = importer.run(new ImportSources(ImportFiles.source("customers.csv", files[0]),
                ImportFiles.source("contacts.csv", files[1]), ImportFiles.source("purchases.csv", files[2])),
                new BulkAppender.Listener() { });
        assertThat(summary.contactRows()).isEqualTo(log.calls().size()).isGreaterThan(2_000);
        assertThat(log.abandonRate()).as("a queue that abandons").isBetween(0.02, 0.3);

        Plan plan = Planner.plan(ScenarioFile.parse("""
                {"name": "imported", "seed": 5, "replications": 4,
                 "window": {"from": "%s", "to": "%s"},
                 "historical": {"agents": {"PHONE": "%d"}},
                 "targets": {"thresholdSeconds": {"PHONE": 20}, "shortAbandonSeconds": 0},
                 "grid": {"agents": {"PHONE": {"scale": [1]}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(FROM, TO, AGENTS)),
                reader.read(FROM, TO), Map.of(), 2, () -> { });

        assertThat(plan.recordedServiceLevel()).isCloseTo(log.serviceLevel(20), within(1e-9));
        assertThat(plan.recordedAbandonRate()).isCloseTo(log.abandonRate(), within(1e-9));
        assertThat(plan.replayedServiceLevel().mean()).isCloseTo(plan.recordedServiceLevel(), within(0.01));
        assertThat(plan.replayedAbandonRate().mean()).isCloseTo(plan.recordedAbandonRate(), within(0.01));
    }
}
