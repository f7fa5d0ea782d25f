package io.servicebalance.benchmarks.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.benchmarks.server.ServerProcess;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.planning.PlanArtifact;
import io.servicebalance.planning.PlanningService;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database side of {@link NodeKillIntegrationTests}: the history, runs and claims as the nodes stored them. */
record NodeRuns(JdbcTemplate jdbc) {

    static final SeedSettings HISTORY = new SeedSettings(600, 7, 7, Instant.parse("2030-03-04T00:00:00Z"),
            ZoneOffset.UTC, "kill-");
    private static final String PLANNER = "Basic " + Base64.getEncoder().encodeToString("planner:planner"
            .getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The application without a web server (so it takes no sweep work) on the nodes' database. */
    static ConfigurableApplicationContext planner(EmbeddedPostgres postgres) {
        return new SpringApplicationBuilder(ServiceBalanceApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    static void seed(ConfigurableApplicationContext planner) {
        planner.getBean(HistorySeeder.class).seed(HISTORY, SyntheticHistory.generate(HISTORY), false,
                new BulkAppender.Listener() { });
    }

    /** {@code scales} x 2 policies x {@code replications}, seed 42, over the seeded week. */
    static String scenario(int scales, int replications) {
        Instant to = HISTORY.start().plusSeconds(86_400L * HISTORY.days());
        String scale = IntStream.range(0, scales).mapToObj(i -> String.format(Locale.ROOT, "%.3f",
                0.6 + i * 1.0 / scales)).collect(Collectors.joining(", "));
        return """
                {"name": "node kill", "seed": 42, "replications": %d, "historical": {"source": "seeded"},
                 "window": {"from": "%s", "to": "%s"},
                 "grid": {"agents": {"PHONE": {"scale": [%s]}}, "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 30, "CHAT": 25, "EMAIL": 20, "SOCIAL": 20}}}"""
                .formatted(replications, HISTORY.start(), to, scale);
    }

    UUID submit(ServerProcess node, String scenario) throws Exception {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + "/api/simulations"))
                .header("Authorization", PLANNER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(scenario)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(JSON.readTree(accepted.body()).path("id").asText());
    }

    void cancel(ServerProcess node, UUID run) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + "/api/simulations/"
                + run)).header("Authorization", PLANNER).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
    }

    /** The node id of a server process: its heartbeat's name, which holds the process id. */
    String node(long pid) {
        await().atMost(Duration.ofMinutes(1)).until(() -> !nodes(pid).isEmpty());
        return nodes(pid).get(0);
    }

    private List<String> nodes(long pid) {
        return jdbc.queryForList("SELECT node FROM work_node WHERE node LIKE ?", String.class, "%-" + pid + "-%");
    }

    /** Whether the process holds one of the run's sweep jobs (it is mid-sweep). */
    boolean holdsJob(long pid, UUID run) {
        return jdbc.queryForObject("SELECT count(*) FROM work_claim WHERE kind = 'sweep-job' AND owner LIKE ?"
                + " AND starts_with(work_id, ?)", Integer.class, "%-" + pid + "-%", run + "/") > 0;
    }

    List<Map<String, Object>> claimsOf(String node) {
        return jdbc.queryForList("SELECT kind, work_id FROM work_claim WHERE owner = ?", node);
    }

    /**
     * Fails when a claim that {@code live} held (as first seen in {@code held}) now has another owner or was claimed
     * again; claims not held by {@code live} yet are recorded as they are now. True when {@code live} holds any.
     */
    boolean assertUnchanged(Map<String, Map<String, Object>> held, String live) {
        List<Map<String, Object>> claims = jdbc.queryForList("SELECT kind, work_id, owner, attempts FROM work_claim");
        for (Map<String, Object> claim : claims) {
            String key = claim.get("kind") + " " + claim.get("work_id");
            Map<String, Object> before = held.get(key);
            if (before != null && live.equals(before.get("owner"))) {
                assertThat(claim.get("owner")).as("owner of %s", key).isEqualTo(live);
                assertThat(claim.get("attempts")).as("attempts of %s", key).isEqualTo(before.get("attempts"));
            } else {
                held.put(key, claim);
            }
        }
        return claims.stream().anyMatch(c -> live.equals(c.get("owner")));
    }

    boolean finished(UUID run) {
        return !List.of("QUEUED", "RUNNING").contains(status(run));
    }

    String status(UUID run) {
        return jdbc.queryForObject("SELECT status FROM simulation_run WHERE id = ?", String.class, run);
    }

    String mergedBy(UUID run) {
        return jdbc.queryForObject("SELECT node FROM simulation_run WHERE id = ?", String.class, run);
    }

    void awaitSucceeded(UUID run) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String s = status(run);
            assertThat(s).as("%s", jdbc.queryForObject("SELECT error FROM simulation_run WHERE id = ?", String.class,
                    run)).isIn("QUEUED", "RUNNING", "SUCCEEDED");
            return s.equals("SUCCEEDED");
        });
    }

    /** JFreeSVG names each rendering's clip paths after the clock ({@code _2246441539206clip-0}). */
    private static String withoutClipIds(byte[] svg) {
        return new String(svg, StandardCharsets.UTF_8).replaceAll("_\\d+clip-", "_clip-");
    }

    /**
     * Every stored file of the run but the PNG charts (the SVG charts but for their clip-path ids) and its report
     * equal a one-node plan of the same scenario in this JVM, byte for byte.
     */
    void assertOneNodeResult(ConfigurableApplicationContext planner, UUID run, String scenario) throws Exception {
        Plan plan = planner.getBean(PlanningService.class).plan(ScenarioFile.parse(scenario), PlanLimits.DEFAULTS, 2,
                ContactHistoryCatchUp.Listener.SILENT, () -> { }, () -> false).plan();
        List<PlanArtifact> files = PlanningService.artifacts(plan, "charts/").stream()
                .filter(f -> !f.name().endsWith(".png")).toList();
        assertThat(files).extracting(PlanArtifact::name).contains("results.csv", "report.md");
        for (PlanArtifact file : files) {
            byte[] stored = jdbc.queryForObject("SELECT content FROM simulation_artifact WHERE run_id = ? AND name = ?",
                    byte[].class, run, file.name());
            if (file.name().endsWith(".svg")) {
                assertThat(withoutClipIds(stored)).as(file.name()).isEqualTo(withoutClipIds(file.content()));
            } else {
                assertThat(stored).as(file.name()).isEqualTo(file.content());
            }
        }
        String report = jdbc.queryForObject("SELECT report::text FROM simulation_run WHERE id = ?", String.class, run);
        assertThat(JSON.readTree(report)).isEqualTo(JSON.readTree(PlanJson.tree(plan).toString()));
    }
}
