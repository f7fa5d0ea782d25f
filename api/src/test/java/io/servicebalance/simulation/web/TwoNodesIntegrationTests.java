package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import io.servicebalance.planning.PlanArtifact;
import io.servicebalance.planning.PlanningService;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.work.NodeId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two server nodes (application contexts with their own node ids, web servers and workers) on one PostgreSQL, with a
 * short lease: sweeps are shared and merged into the one-node result byte for byte, a node stopped without releasing
 * anything (as a kill -9 leaves it) has its run finished by the other, a restarting node takes none of a live node's
 * work, a rebuild started on one node is followed from the other, a write through one node reaches the other's
 * timeline and live stream, and the processors' segments are spread over both nodes. The nodes claim segments under
 * their own node ids, as servers do (the test suite's shared token owner is off here).
 */
class TwoNodesIntegrationTests {

    static final Duration LEASE = Duration.ofSeconds(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    static ConfigurableApplicationContext node() {
        // An argument, not a default property: the test suite's config/application.yml shares the token owner.
        return new SpringApplicationBuilder(ServiceBalanceApplication.class).properties("server.port=0",
                "servicebalance.work.lease=" + LEASE.toMillis() + "ms", "servicebalance.work.poll=100ms",
                "servicebalance.work.sweep-jobs=12").run("--servicebalance.work.shared-token-owner=false");
    }

    @BeforeAll
    static void start() {
        a = node();
        b = node();
        SeededFixture.ensure(a.getBean(HistorySeeder.class), jdbc());
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    static JdbcTemplate jdbc() {
        return b.getBean(JdbcTemplate.class);
    }

    static String id(ConfigurableApplicationContext node) {
        return node.getBean(NodeId.class).value();
    }

    static String scenario(int replications) {
        return """
                {"name": "two nodes", "seed": 42, "replications": %d, "historical": {"source": "seeded"}, %s,
                 "grid": {"agents": {"PHONE": {"scale": [0.8, 0.9, 1.0, 1.1, 1.2]}}, "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 30, "CHAT": 25, "EMAIL": 20, "SOCIAL": 20}}}"""
                .formatted(replications, SeededFixture.window());
    }

    static HttpResponse<String> send(ConfigurableApplicationContext node, String user, String method, String path,
                                     String body) throws Exception {
        int port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static UUID submit(ConfigurableApplicationContext node, String scenario) throws Exception {
        HttpResponse<String> accepted = send(node, "planner", "POST", "/api/simulations", scenario);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(JSON.readTree(accepted.body()).path("id").asText());
    }

    static String status(UUID run) {
        return jdbc().queryForObject("SELECT status FROM simulation_run WHERE id = ?", String.class, run);
    }

    static void awaitSucceeded(UUID run) {
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String s = status(run);
            assertThat(s).isIn("QUEUED", "RUNNING", "SUCCEEDED");
            return s.equals("SUCCEEDED");
        });
    }

    /** The claims a node holds on a run (its coordination or any of its jobs). */
    static List<Map<String, Object>> claims(String node, UUID run) {
        return jdbc().queryForList("SELECT kind, work_id, attempts FROM work_claim WHERE owner = ? AND (work_id = ?"
                + " OR starts_with(work_id, ?)) ORDER BY kind, work_id", node, run.toString(), run + "/");
    }

    /** The run's results as stored against the same scenario planned in one piece in this process. */
    static void assertOneNodeResult(UUID run, String scenario) throws Exception {
        Plan plan = b.getBean(PlanningService.class).plan(ScenarioFile.parse(scenario), PlanLimits.DEFAULTS, 2,
                ContactHistoryCatchUp.Listener.SILENT, () -> { }, () -> false).plan();
        Map<String, byte[]> files = PlanningService.artifacts(plan, "charts/").stream()
                .collect(Collectors.toMap(PlanArtifact::name, PlanArtifact::content));
        Map<String, Object> stored = jdbc().queryForMap("SELECT report::text AS report, (SELECT content FROM"
                + " simulation_artifact WHERE run_id = r.id AND name = 'results.csv') AS csv, (SELECT content FROM"
                + " simulation_artifact WHERE run_id = r.id AND name = 'report.md') AS md FROM simulation_run r WHERE"
                + " id = ?", run);
        assertThat((byte[]) stored.get("csv")).isEqualTo(files.get("results.csv"));
        assertThat(new String((byte[]) stored.get("md"), StandardCharsets.UTF_8))
                .isEqualTo(new String(files.get("report.md"), StandardCharsets.UTF_8));
        JsonNode report = JSON.readTree((String) stored.get("report"));
        assertThat(report).isEqualTo(JSON.readTree(PlanJson.tree(plan).toString()));
    }

    @Test
    void aSweepRunOnTwoNodesEqualsTheOneNodeResultByteForByte() throws Exception {
        String scenario = scenario(60);
        UUID run = submit(b, scenario);
        awaitSucceeded(run);

        Set<String> workers = jdbc().queryForList("SELECT DISTINCT node FROM sweep_job WHERE run_id = ?", String.class,
                run).stream().collect(Collectors.toSet());
        assertThat(workers).contains(id(a), id(b));
        assertThat(jdbc().queryForObject("SELECT count(*) FROM sweep_job WHERE run_id = ?", Integer.class, run))
                .isEqualTo(12);
        assertOneNodeResult(run, scenario);
    }

    @Test
    void aSimulationWhoseNodeIsKilledIsFinishedByTheOtherWithTheOneNodeResult() throws Exception {
        String scenario = scenario(1000);
        String killed = id(a);
        UUID run = submit(a, scenario);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                .until(() -> !claims(killed, run).isEmpty());

        // Closing the context lets a job already running on A finish (and its claim with it) while the context
        // shuts down, so whether A still holds a claim right after close is a race on a fast machine; what matters
        // is that B finishes the run with the one-node result and that A's leftover claims are taken over.
        a.close();
        awaitSucceeded(run);

        assertThat(claims(killed, run)).isEmpty();
        assertThat(jdbc().queryForObject("SELECT node FROM simulation_run WHERE id = ?", String.class, run))
                .isNotEqualTo(killed);
        assertOneNodeResult(run, scenario);
        a = node();
    }

    @Test
    void aRestartingNodeTakesNoneOfTheRunningWorkOfALiveNode() throws Exception {
        a.close();
        String scenario = scenario(400);
        UUID run = submit(b, scenario);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                .until(() -> claims(id(b), run).size() >= 2);
        List<Map<String, Object>> held = claims(id(b), run);

        a = node();
        String restarted = id(a);
        await().during(LEASE.plusSeconds(1)).atMost(LEASE.plusSeconds(30)).until(() -> true);
        for (Map<String, Object> claim : held) {
            List<Map<String, Object>> now = jdbc().queryForList("SELECT owner, attempts FROM work_claim WHERE kind = ?"
                    + " AND work_id = ?", claim.get("kind"), claim.get("work_id"));
            now.forEach(row -> {
                assertThat(row.get("owner")).as("claim %s", claim).isEqualTo(id(b));
                assertThat(row.get("attempts")).isEqualTo(claim.get("attempts"));
            });
        }
        awaitSucceeded(run);
        assertThat(jdbc().queryForObject("SELECT node FROM simulation_run WHERE id = ?", String.class, run))
                .isEqualTo(id(b)).isNotEqualTo(restarted);
        assertOneNodeResult(run, scenario);
    }

    /** How many segments of the processor each node holds in the token store. */
    static Map<String, Integer> segmentOwners(String processor) {
        return jdbc().query("SELECT owner, count(*) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL"
                + " GROUP BY owner", rs -> {
                    Map<String, Integer> owners = new java.util.HashMap<>();
                    while (rs.next()) {
                        owners.put(rs.getString(1), rs.getInt(2));
                    }
                    return owners;
                }, processor);
    }

    @Test
    void eachNodeHoldsSegmentsOfAProcessorAndTheOtherTakesThemAllWhenOneCloses() {
        String processor = "contact-history";
        int segments = jdbc().queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, processor);
        assertThat(segments).as("segments of %s", processor).isGreaterThan(1);
        String closed = id(a);
        String survivor = id(b);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> segmentOwners(processor).keySet().equals(Set.of(closed, survivor)));

        a.close();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> segmentOwners(processor).equals(Map.of(survivor, segments)));
        a = node();
    }

    @Test
    void aRebuildStartedOnOneNodeIsFollowedFromTheOther() throws Exception {
        String path = "/api/admin/read-models/customer-timeline";
        assertThat(send(a, "admin", "POST", path + "/rebuild", "").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(300)).until(() -> {
            JsonNode status = JSON.readTree(send(b, "admin", "GET", path, null).body());
            assertThat(status.path("node").asText()).isEqualTo(id(a));
            return status.path("state").asText().equals("DONE");
        });
        assertThat(JSON.readTree(send(b, "admin", "GET", path, null).body()).path("processed").asLong()).isPositive();
    }

    @Test
    void aWriteOnOneNodeReachesTheTimelineAndTheLiveStreamOfTheOther() throws Exception {
        String customer = "two-nodes-" + UUID.randomUUID();
        assertThat(send(a, "agent", "POST", "/api/customers", """
                {"id": "%s", "name": "Grace Hopper", "email": "grace@example.com", "tier": "STANDARD"}"""
                .formatted(customer)).statusCode()).isBetween(200, 299);
        await().atMost(Duration.ofSeconds(60)).until(() -> send(b, "admin", "GET", "/api/customers/" + customer
                + "/timeline", null).body().contains("CustomerRegistered"));
        List<String> lines = new CopyOnWriteArrayList<>();
        int port = ((ServletWebServerApplicationContext) b).getWebServer().getPort();
        HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers/" + customer
                        + "/timeline/stream")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains("subscribed")));

        assertThat(send(a, "agent", "POST", "/api/contacts", """
                {"id": "%s-k", "customerId": "%s", "channel": "PHONE", "type": "COMPLAINT", "subject": "late"}"""
                .formatted(customer, customer)).statusCode()).isBetween(200, 299);

        await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                && l.contains(customer + "-k")));
        assertThat(send(b, "admin", "GET", "/api/customers/" + customer + "/timeline", null).body())
                .contains(customer + "-k");
    }
}
