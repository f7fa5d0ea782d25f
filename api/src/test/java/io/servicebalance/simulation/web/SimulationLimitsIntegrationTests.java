package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Planning work is bounded: limits refused at once, a bounded queue, cancellation; over real HTTP and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationLimitsIntegrationTests {

    static final String PLANNER = basic("planner");
    static final String AGENT = basic("agent");

    @LocalServerPort
    int port;
    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void seed() {
        SeededFixture.ensure(seeder, jdbc);
    }

    /** The 1.2 KB scenario: 4 channels x 10 scales, 3 priorities, 2 tier-target axes x 10, 1,000 replications. */
    static String flood() {
        String ten = "[0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4]";
        String targets = "[5, 10, 15, 20, 25, 30, 35, 40, 45, 50]";
        return """
                {"replications": 1000, "historical": {"source": "seeded"}, %s,
                 "grid": {"agents": {"PHONE": {"scale": %s}, "CHAT": {"scale": %s}, "EMAIL": {"scale": %s},
                                     "SOCIAL": {"scale": %s}},
                          "priority": ["FIFO", "TIER_STRICT", "TIER_AGING"],
                          "tierTargetSeconds": {"PREMIUM": {"PHONE": %s}, "CARE": {"PHONE": %s}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(SeededFixture.window(), ten, ten, ten, ten,
                targets, targets);
    }

    /** 100 policies x 1,000 replications: keeps the worker busy far longer than the test needs it. */
    static String busy() {
        String ten = "[0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4]";
        return """
                {"replications": 1000, "historical": {"source": "seeded"}, %s,
                 "grid": {"agents": {"PHONE": {"scale": %s}, "CHAT": {"scale": %s}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(SeededFixture.window(), ten, ten);
    }

    static String small() {
        return """
                {"replications": 2, "historical": {"source": "seeded"}, %s, "grid": {"priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(SeededFixture.window());
    }

    private HttpResponse<String> send(String method, String path, String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String submit(String scenario) throws Exception {
        HttpResponse<String> accepted = send("POST", "/api/simulations", scenario, PLANNER);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return accepted.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode status(String location) throws Exception {
        return json.readTree(send("GET", location, null, PLANNER).body());
    }

    private long runs() {
        return jdbc.queryForObject("SELECT count(*) FROM simulation_run", Long.class);
    }

    @Test
    void theFourRequestFloodIsRefusedAtOnceNamingTheLimitAndTheSizeAsked() throws Exception {
        long before = runs();
        assertThat(send("POST", "/api/simulations", "{}", PLANNER).statusCode()).isEqualTo(400);
        List<HttpResponse<String>> answers = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                flood.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/simulations")).header("Authorization", PLANNER)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(flood()))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            return flood.stream().map(CompletableFuture::join).toList();
        });
        for (HttpResponse<String> refused : answers) {
            assertThat(refused.statusCode()).isEqualTo(400);
            JsonNode error = json.readTree(refused.body()).path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("grid");
            assertThat(error.path("message").asText()).isEqualTo("3,000,000 policies asked (the product of the"
                    + " grid's axes); the limit is 2,000 (max-policies)");
        }
        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aFullQueueAnswers429WithRetryAfterAndCancellationDropsQueuedRunsAndStopsTheRunningOne() throws Exception {
        String running = submit(busy());
        await().atMost(Duration.ofSeconds(30)).until(() -> status(running).path("status").asText().equals("RUNNING"));
        assertThat(status(running).path("stepsTotal").asLong()).isEqualTo(101_000L);
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            queued.add(submit(small()));
        }
        long before = runs();
        HttpResponse<String> full = send("POST", "/api/simulations", small(), PLANNER);
        assertThat(full.statusCode()).isEqualTo(429);
        assertThat(full.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(json.readTree(full.body()).path("detail").asText()).contains("queue-capacity");
        assertThat(runs()).isEqualTo(before);

        HttpResponse<String> dropped = send("DELETE", queued.get(0), null, PLANNER);
        assertThat(dropped.statusCode()).isEqualTo(200);
        assertThat(json.readTree(dropped.body()).path("status").asText()).isEqualTo("CANCELLED");
        queued.add(submit(small()));

        assertThat(send("DELETE", running, null, AGENT).statusCode()).isEqualTo(403);
        HttpResponse<String> stopped = send("DELETE", running, null, PLANNER);
        assertThat(json.readTree(stopped.body()).path("status").asText()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            for (String run : queued.subList(1, queued.size())) {
                if (!status(run).path("status").asText().equals("SUCCEEDED")) {
                    return false;
                }
            }
            return true;
        });
        JsonNode cancelled = status(running);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("stepsDone").asLong()).isLessThan(101_000L);
        assertThat(status(queued.get(0)).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(status(queued.get(0)).path("stepsDone").asLong()).isZero();
        assertThat(send("GET", running + "/results.csv", null, PLANNER).statusCode()).isEqualTo(409);
        assertThat(send("DELETE", queued.get(1), null, PLANNER).statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/simulations/2b0f7a4e-0000-4000-8000-000000000000", null, PLANNER)
                .statusCode()).isEqualTo(404);
    }
}
