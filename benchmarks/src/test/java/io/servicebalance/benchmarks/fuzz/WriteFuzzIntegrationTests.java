package io.servicebalance.benchmarks.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.ServiceBalanceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few hundred hostile requests per write endpoint, from a fixed seed, over real HTTP against a real PostgreSQL: no
 * answer is a 5xx, no refused request writes an event, and the read side still follows new customers afterwards.
 */
@SpringBootTest(classes = ServiceBalanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicebalance.database.embedded.ephemeral=true")
class WriteFuzzIntegrationTests {

    static final long SEED = 20_261_123L;
    static final int PER_ENDPOINT = 150;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hostileWritesNeverAnswer5xxNorWriteWhenRefused() throws Exception {
        String base = "http://localhost:" + port;
        FuzzReport report = new WriteFuzzer(base, basic("agent"), () -> jdbc.queryForObject(
                "SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class), SEED).run(PER_ENDPOINT);

        assertThat(report.requests()).isEqualTo(20 * PER_ENDPOINT);
        assertThat(report.serverErrors()).as(report.toString()).isZero();
        assertThat(report.writesOnRefusal()).as(report.toString()).isZero();
        assertThat(report.accepted()).as("some requests stay valid").isPositive();
        assertThat(report.statuses()).containsKeys(400, 404);

        HttpClient http = HttpClient.newHttpClient();
        String id = "after-fuzz-" + UUID.randomUUID();
        for (String[] write : new String[][] {{"/api/customers", "{\"id\":\"" + id + "\",\"name\":\"After Fuzz\","
                + "\"email\":\"after@example.com\",\"tier\":\"BASIC\"}"},
            {"/api/customers/" + id + "/account-manager", "{\"managerId\":\"manager1\"}"}}) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + write[0]))
                    .header("Content-Type", "application/json").header("Authorization", basic("agent"))
                    .POST(HttpRequest.BodyPublishers.ofString(write[1])).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isBetween(200, 299);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/customers/" + id)).header("Authorization", basic("manager1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
