package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.history.HistorySeeder;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.eventstore.bulk.BulkAppender;
import java.time.Instant;
import java.time.ZoneOffset;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a rebuild of the customer read model over a seeded history (4,000 customers, 28 days) and prints events/s
 * beside the JVM's CPU time; the rebuilt generation must hold exactly the live one's rows of that history (other
 * tests' events in the same throw-away database are rebuilt too, and counted in the speed). A benchmark: its 34,000
 * events would keep the other tests' processors busy, so it runs only when asked for, alone:
 * {@code mvn -pl api -am verify -Dtest=TimelineRebuildSpeedIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dservicebalance.benchmark.rebuild=true}.
 */
@EnabledIfSystemProperty(named = "servicebalance.benchmark.rebuild", matches = "true")
@SpringBootTest
class TimelineRebuildSpeedIntegrationTests {

    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TimelineRebuild rebuild;

    private int rows(int generation) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE generation = ?"
                + " AND customer_id LIKE 'rb-%'", Integer.class, generation);
    }

    @Test
    void aRebuildOfTheSeededHistoryWritesTheLiveRowsAndReportsItsSpeed() {
        SeedSettings settings = new SeedSettings(4_000, 28, 11, Instant.parse("2031-01-06T00:00:00Z"), ZoneOffset.UTC,
                "rb-");
        seeder.seed(settings, SyntheticHistory.generate(settings), true, new BulkAppender.Listener() { });
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        int live = jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> caughtUp(live));
        int liveRows = rows(live);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        assertThat(rebuild.start()).isPresent();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !rebuild.status().state().equals("RUNNING"));
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        TimelineRebuild.Status status = rebuild.status();
        System.out.printf("REBUILD %d events in %.2f s wall (%.0f events/s), %.2f s JVM CPU (%.0f events per CPU-s)"
                        + " under load%n", status.processed(), seconds, status.processed() / seconds, cpuSeconds,
                status.processed() / cpuSeconds);
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.processed()).isEqualTo(events);
        assertThat(rows(status.generation())).isEqualTo(liveRows);
    }

    private boolean caughtUp(int live) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry e WHERE aggregate_identifier LIKE 'rb-%'"
                + " AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.generation = ? AND t.event_id ="
                + " e.event_identifier)", Long.class, live) == 0;
    }
}
