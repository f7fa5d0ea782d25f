package io.servicebalance.benchmarks.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.launcher.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's acceptance "kill -9 during an import: after a restart the same import completes, with every row exactly
 * once": the {@code import} command runs as its own JVM against this test's PostgreSQL, is killed with SIGKILL while
 * its events are being copied (PostgreSQL's COPY progress shows rows taken), and is run again; every row is then in
 * the store exactly once, the contact history holds every contact as the file has it, and a third run appends
 * nothing.
 */
@SpringBootTest(classes = ServiceBalanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "servicebalance.database.embedded.ephemeral=true")
class ImportCrashIntegrationTests {

    private static final long EVENTS = 30_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    @Test
    void anImportKilledWhileCopyingCompletesWhenRunAgainWithEveryRowOnce() throws Exception {
        String prefix = "crash" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ContactLogFiles log = new ContactLogFiles();
        log.write(dir, EVENTS);
        for (String file : new String[] {"customers.csv", "contacts.csv", "purchases.csv"}) {
            Path f = dir.resolve(file);
            Files.writeString(f, Files.readString(f).replace("b-c-", prefix + "c-").replace("b-k-", prefix + "k-"));
        }

        Process first = importer("first").start();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> rowsCopied() > 0 || !first.isAlive());
        assertThat(first.isAlive()).as("the import was still copying when killed: %s", output("first")).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        await().atMost(Duration.ofMinutes(1)).until(() -> !copying());
        assertThat(events(prefix)).as("a killed import leaves nothing").isZero();

        Process second = importer("second").start();
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(output("second")).isZero();
        assertThat(output("second")).contains("events appended");

        assertThat(events(prefix)).isEqualTo(log.events());
        List<String> contacts = Files.readAllLines(dir.resolve("contacts.csv"));
        contacts = contacts.subList(1, contacts.size());
        assertEveryRowOnce(prefix, "ContactReceived", contacts.size(), contacts.size());
        assertEveryRowOnce(prefix, "CustomerRegistered", Files.readAllLines(dir.resolve("customers.csv")).size() - 1,
                Files.readAllLines(dir.resolve("customers.csv")).size() - 1);
        assertThat(count(prefix, "PurchaseRecorded")).isEqualTo(Files.readAllLines(dir.resolve("purchases.csv")).size()
                - 1);
        assertHistoryMatches(prefix, contacts);

        Process third = importer("third").start();
        assertThat(third.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(third.exitValue()).as(output("third")).isZero();
        assertThat(output("third")).contains("nothing new");
        assertThat(events(prefix)).isEqualTo(log.events());
    }

    /** The same command a user runs, in its own JVM, against this test's database as an external PostgreSQL. */
    private ProcessBuilder importer(String run) {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "import", "--customers", dir.resolve("customers.csv").toString(),
                "--contacts", dir.resolve("contacts.csv").toString(), "--purchases",
                dir.resolve("purchases.csv").toString());
        builder.environment().put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
        if (hikari.getPassword() != null) {
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", hikari.getPassword());
        }
        builder.redirectErrorStream(true).redirectOutput(dir.resolve(run + ".out").toFile());
        return builder;
    }

    private String output(String run) throws IOException {
        Path out = dir.resolve(run + ".out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    private boolean copying() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT count(*) > 0 FROM pg_stat_activity"
                + " WHERE pid <> pg_backend_pid() AND query LIKE 'COPY domain_event_entry%'", Boolean.class));
    }

    /** Rows the import's COPY into the event store has taken so far (0 when no such COPY runs). */
    private long rowsCopied() {
        return jdbc.queryForObject("SELECT coalesce(max(p.tuples_processed), 0) FROM pg_stat_progress_copy p"
                + " WHERE p.relid = 'domain_event_entry'::regclass AND p.pid <> pg_backend_pid()", Long.class);
    }

    private long events(String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                Long.class, prefix + "%");
    }

    private long count(String prefix, String payload) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?"
                + " AND payload_type LIKE ?", Long.class, prefix + "%", "%" + payload);
    }

    private void assertEveryRowOnce(String prefix, String payload, long rows, long distinct) {
        assertThat(count(prefix, payload)).as(payload).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry"
                + " WHERE aggregate_identifier LIKE ? AND payload_type LIKE ?", Long.class, prefix + "%",
                "%" + payload)).as(payload + " aggregates").isEqualTo(distinct);
    }

    /** The contact history read model holds every contact of the file, with its arrival and outcome. */
    private void assertHistoryMatches(String prefix, List<String> contacts) {
        Set<String> expected = new HashSet<>();
        for (String row : contacts) {
            String[] f = row.split(",", -1);
            String outcome = !f[6].isEmpty() ? "ABANDONED" : !f[5].isEmpty() ? "ANSWERED" : "WAITING";
            expected.add(String.join("|", f[0], f[1], f[2], String.valueOf(Instant.parse(f[4]).toEpochMilli()),
                    outcome, f[7]));
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM contact_history WHERE contact_id LIKE ?", Long.class, prefix + "%")
                == contacts.size());
        List<String> stored = new ArrayList<>(jdbc.query("SELECT contact_id, customer_id, channel, received_at, outcome,"
                + " handle_seconds FROM contact_history WHERE contact_id LIKE ?", (r, i) -> String.join("|",
                r.getString(1), r.getString(2), r.getString(3),
                String.valueOf(r.getTimestamp(4).toInstant().toEpochMilli()), r.getString(5),
                r.getObject(6) == null ? "" : String.valueOf(r.getLong(6))), prefix + "%"));
        assertThat(stored).hasSize(contacts.size());
        assertThat(new HashSet<>(stored)).isEqualTo(expected);
    }
}
