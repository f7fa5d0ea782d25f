package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Planners' simulations over real HTTP on a real PostgreSQL holding a seeded history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationEndpointsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    static final String PLANNER = "Basic " + java.util.Base64.getEncoder().encodeToString("planner:planner".getBytes());
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seed() {
        SeededFixture.ensure(seeder, jdbc);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                        PLANNER).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulations"))
                .header("Content-Type", "application/json").header("Authorization", PLANNER).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Test
    void anInvalidScenarioIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        long runs = count("simulation_run");
        HttpResponse<String> refused = post("""
                {"historical": {"source": "seeded"}, "grid": {"agents": {"FAX": {"scale": [1]}}},
                 "costs": {"agentPerHour": {"PHONE": -3}, "perAbandoned": {"PHONE": -1}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("errors")).hasSize(3);
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("grid.agents",
                "costs.agentPerHour.PHONE", "costs.perAbandoned.PHONE");
        assertThat(count("simulation_run")).isEqualTo(runs);
    }

    @Test
    void aScenarioRunsInTheBackgroundAndServesResultsAndChartsWithoutWritingEvents() throws Exception {
        long events = count("domain_event_entry");
        HttpResponse<String> accepted = post("""
                {"name": "over http", "replications": 3, %s, "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": [0.75, 1, 1.5]}}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30},
                           "perAbandoned": {"PHONE": 25}}}""".formatted(SeededFixture.window()));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/simulations/" + json.readTree(accepted.body()).path("id").asText());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(get(location).body()).path("status").asText().equals("SUCCEEDED"));
        JsonNode done = json.readTree(get(location).body());
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.path("results").path("balancePoint").path("policy").asText()).startsWith("PHONE x");
        HttpResponse<byte[]> png = get(location + "/charts/cost-vs-service-level.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3)).isEqualTo("PNG");
        assertThat(get(location + "/charts/frontier.svg").headers().firstValue("Content-Type"))
                .hasValue("image/svg+xml");
        assertThat(new String(get(location + "/results.csv").body())).startsWith("policy,");
        assertThat(get(location + "/charts/pie.png").statusCode()).isEqualTo(404);
        assertThat(get(location + "/staffing.csv").statusCode()).isEqualTo(404);
        assertThat(count("domain_event_entry")).isEqualTo(events);
        JsonNode best = done.path("results").path("balancePoint");
        assertThat(best.path("costs").path("baselineChurn").path("mean").asDouble()).isPositive();
        assertThat(best.path("channels").path("PHONE").path("asaSeconds").path("mean").isNumber()).isTrue();
        double dearer = best.at("/serviceCost/mean").asDouble()
                - done.at("/results/historical/serviceCost/mean").asDouble();
        assertThat(best.path("againstHistorical").asText()).isNotEmpty()
                .doesNotContain(dearer > 0 ? "for less cost" : "for more cost");
        HttpResponse<byte[]> compared = get(location + "/compare/" + location.substring(location.lastIndexOf('/')
                + 1));
        assertThat(compared.statusCode()).isEqualTo(200);
        JsonNode self = json.readTree(compared.body());
        assertThat(self.at("/balancePoint/totalCost/delta").asDouble()).isZero();
        assertThat(self.at("/balancePoint/totalCost/run").asDouble()).isEqualTo(best.at("/totalCost/mean")
                .asDouble());
        assertThat(get(location + "/compare/2b0f7a4e-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void mixedCurrenciesWithoutRatesAreRefusedNamingThemAndNothingIsStored() throws Exception {
        long runs = count("simulation_run");
        HttpResponse<String> refused = post("""
                {"currency": "CHF", %s, "historical": {"source": "seeded"}, "grid": {"priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""".formatted(SeededFixture.window()));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("costs.exchangeRates");
        assertThat(error.path("message").asText()).contains("customer values are recorded in EUR besides CHF")
                .contains("give costs.exchangeRates.EUR");
        assertThat(count("simulation_run")).isEqualTo(runs);
        HttpResponse<String> converted = post("""
                {"currency": "CHF", %s, "historical": {"source": "seeded"}, "grid": {"priority": ["FIFO"]},
                 "replications": 1, "costs": {"agentPerHour": {"PHONE": 30}, "exchangeRates": {"EUR": 0.95}}}"""
                .formatted(SeededFixture.window()));
        assertThat(converted.statusCode()).isEqualTo(202);
        String location = converted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(get(location).body()).path("status").asText().matches("SUCCEEDED|FAILED"));
        assertThat(json.readTree(get(location).body()).path("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anOptimisedRunServesItsStaffingPerIntervalAndItsChart() throws Exception {
        HttpResponse<String> accepted = post("""
                {"name": "optimised over http", "replications": 2, %s, "historical": {"source": "seeded"},
                 "staffing": {"method": "optimise", "interval": "PT1H"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.8, 0.9]}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30}}}""".formatted(
                SeededFixture.window()));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(get(location).body()).path("status").asText().matches("SUCCEEDED|FAILED"));
        JsonNode done = json.readTree(get(location).body());
        assertThat(done.path("status").asText()).as(done.path("error").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("results").path("balancePoint").path("policy").asText()).startsWith("PHONE ");
        assertThat(done.path("results").path("staffingPerInterval")).hasSize(3);
        HttpResponse<byte[]> csv = get(location + "/staffing.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(new String(csv.body()).lines()).hasSize(1 + 3 * 7 * 24).first().isEqualTo(
                "policy,channel,day_of_week,interval_start,agents,offered,service_level,occupancy");
        assertThat(get(location + "/charts/staffing.png").statusCode()).isEqualTo(200);
        assertThat(get(location + "/charts/staffing.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void aBadIntervalOrTargetIsRefusedNamingTheField() throws Exception {
        long runs = count("simulation_run");
        HttpResponse<String> refused = post("""
                {"historical": {"source": "seeded"}, "staffing": {"method": "optimise", "interval": "PT7M"},
                 "grid": {"serviceLevelTargets": {"PHONE": [1.2], "FAX": [0.8]}},
                 "costs": {"agentPerHour": {"PHONE": 3}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "grid.serviceLevelTargets.PHONE[0]", "grid.serviceLevelTargets", "staffing.interval");
        assertThat(count("simulation_run")).isEqualTo(runs);
    }

    @Test
    void aWindowOutsideTheHistoryIsRefusedAtOnce() throws Exception {
        long runs = count("simulation_run");
        HttpResponse<String> refused = post("""
                {"window": {"from": "1990-01-01T00:00:00Z", "to": "1990-02-01T00:00:00Z"},
                 "historical": {"source": "seeded"}, "grid": {"priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").get(0).path("message").asText())
                .startsWith("window lies outside the history");
        assertThat(count("simulation_run")).isEqualTo(runs);
    }

    @Test
    void anUnknownSimulationIsNotFound() throws Exception {
        assertThat(get("/api/simulations/2b0f7a4e-0000-4000-8000-000000000000").statusCode()).isEqualTo(404);
        assertThat(get("/api/simulations/2b0f7a4e-0000-4000-8000-000000000000/results.csv").statusCode())
                .isEqualTo(404);
    }
}
