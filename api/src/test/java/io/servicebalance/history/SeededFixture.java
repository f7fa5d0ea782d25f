package io.servicebalance.history;

import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small seeded history shared by the planning tests of one JVM, in its own weeks (2030) and with its own id prefix
 * so that other tests' events in the same throw-away database do not mix with it.
 */
public final class SeededFixture {

    public static final Instant FROM = Instant.parse("2030-03-04T00:00:00Z");
    public static final Instant TO = FROM.plusSeconds(14 * 86_400L);
    public static final SeedSettings SETTINGS = new SeedSettings(1_000, 14, 7, FROM, ZoneOffset.UTC, "it-");

    private SeededFixture() {
    }

    public static synchronized void ensure(HistorySeeder seeder, JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'it-cust-000001'", Integer.class);
        if (present == null || present == 0) {
            seeder.seed(SETTINGS, SyntheticHistory.generate(SETTINGS), true, new io.servicebalance.eventstore.bulk.BulkAppender.Listener() { });
        }
    }

    /** The window of the fixture as scenario JSON. */
    public static String window() {
        return "\"window\": {\"from\": \"" + FROM + "\", \"to\": \"" + TO + "\"}";
    }
}
