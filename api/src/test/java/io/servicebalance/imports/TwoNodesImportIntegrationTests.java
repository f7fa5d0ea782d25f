package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.work.NodeId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two server nodes on one PostgreSQL with a short lease: an import posted to node A and claimed by it is followed from
 * node B, and when A is closed without releasing it (as a kill -9 leaves it), B takes it over from the stored files
 * and appends every row exactly once. Runs in the two-node surefire execution: every context of a JVM takes work.
 */
class TwoNodesImportIntegrationTests {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "two-nodes-import-boundary";
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(ServiceBalanceApplication.class).properties("server.port=0",
                "servicebalance.work.lease=" + LEASE.toMillis() + "ms", "servicebalance.work.poll=100ms").run();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
        int port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    private static UUID post(ConfigurableApplicationContext node, String prefix) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String part : new String[] {"customers", "contacts", "purchases"}) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(part)
                    .append("\"; filename=\"").append(part).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .append(ImportFiles.example(part + ".csv", prefix)).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        HttpResponse<String> accepted = HTTP.send(request(node, "/api/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(JSON.readTree(accepted.body()).path("id").asText());
    }

    private static JsonNode get(ConfigurableApplicationContext node, UUID id) throws Exception {
        return JSON.readTree(HTTP.send(request(node, "/api/imports/" + id).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String id(ConfigurableApplicationContext node) {
        return node.getBean(NodeId.class).value();
    }

    @Test
    void anImportWhoseNodeIsClosedMidwayIsFinishedByTheOtherNodeExactlyOnce() throws Exception {
        a = node();
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String p = ImportFiles.prefix();
        UUID id;
        // Holding the bulk append's table lock keeps A's append from committing: A claims the import and waits. The
        // lock's connection is the test's own: closing A aborts every connection of A's pool.
        HikariDataSource pool = (HikariDataSource) a.getBean(DataSource.class);
        try (Connection lock = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword())) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE domain_event_entry IN SHARE ROW EXCLUSIVE MODE");
            id = post(a, p);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(a, id).path("status").asText().equals("RUNNING"));
            b = node();
            JsonNode seenFromB = get(b, id);
            assertThat(seenFromB.path("status").asText()).isEqualTo("RUNNING");
            assertThat(seenFromB.path("node").asText()).isEqualTo(id(a));

            a.close();
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> get(b, id).path("status").asText().equals("SUCCEEDED"));

        JsonNode done = get(b, id);
        assertThat(done.path("node").asText()).isEqualTo(id(b));
        assertThat(done.path("attempts").asInt()).isEqualTo(2);
        assertThat(done.at("/summary/eventsAppended").asLong()).isEqualTo(28);
        JdbcTemplate shared = b.getBean(JdbcTemplate.class);
        assertThat(ImportFiles.events(shared, p)).isEqualTo(28);
        assertThat(shared.queryForObject("SELECT count(*) FROM history_import_file WHERE import_id = ?", Long.class,
                id)).isZero();
        assertThat(shared.queryForObject("SELECT count(*) FROM work_claim WHERE kind = 'import' AND work_id = ?",
                Long.class, id.toString())).isZero();
    }
}
