package io.servicebalance.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.eventstore.bulk.BulkResult;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeding is all or nothing (issue 9 #6): a seeding cut short in the middle leaves no events and no seeded staffing,
 * and the same seeding then completes with every event once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedAtomicityIntegrationTests {

    private static final long SEED = 9_006;
    private static final SeedSettings SETTINGS = new SeedSettings(300, 5, SEED,
            Instant.parse("2032-06-07T00:00:00Z"), ZoneOffset.UTC, "cut-");

    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheSeedingSoOtherTestsPlanOnTheirOwn() {
        jdbc.update("DELETE FROM seeded_history WHERE seed = ?", SEED);
    }

    private long events() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'cut-%'",
                Long.class);
        return n == null ? 0 : n;
    }

    private long seedings() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM seeded_history WHERE seed = ?", Long.class, SEED);
        return n == null ? 0 : n;
    }

    @Test
    void aSeedingCutShortLeavesNothingAndTheSameSeedingThenCompletesEveryEventOnce() {
        HistoryScript script = SyntheticHistory.generate(SETTINGS);
        long[] progressed = new long[2];
        assertThatThrownBy(() -> seeder.seed(SETTINGS, script, true, new BulkAppender.Listener() {
            @Override
            public void started(long aggregates) {
                progressed[0] = aggregates;
            }

            @Override
            public void progressed(long aggregates) {
                progressed[1] = aggregates;
                throw new IllegalStateException("the process died here");
            }
        })).hasMessageContaining("the process died here");
        // The cut comes at the first progress report, before the one transaction commits (aggregates are handled
        // in chunks, so with a small history that report may come once every aggregate is handled).
        assertThat(progressed[1]).as("cut before the commit").isPositive().isLessThanOrEqualTo(progressed[0]);
        assertThat(events()).isZero();
        assertThat(seedings()).isZero();

        BulkResult result = seeder.seed(SETTINGS, script, true, new BulkAppender.Listener() { });
        assertThat(result.eventsAppended()).isGreaterThan(500).isEqualTo(events());
        assertThat(seedings()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number"
                + " FROM domain_event_entry WHERE aggregate_identifier LIKE 'cut-%'"
                + " GROUP BY 1, 2 HAVING count(*) > 1) d", Long.class)).isZero();
    }
}
