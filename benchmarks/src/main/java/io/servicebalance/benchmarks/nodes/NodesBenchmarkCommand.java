package io.servicebalance.benchmarks.nodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.benchmarks.server.ServerProcess;
import io.servicebalance.history.ContactHistoryLag;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-nodes}: a sweep of 40 policies x 10 replications on one server process, then the
 * same scenario (same seed) on two server processes sharing the database, each measured after a warm-up run on the
 * same processes; wall time, CPU time of each process, the jobs and steps each node ran, and whether the two results
 * are byte-identical.
 */
@Command(name = "benchmark-nodes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Seed a history into a throw-away embedded PostgreSQL (./data is not touched), start one",
            "'serve' process on it and run a sweep of 40 policies x 10 replications, then start a second process",
            "and run the same scenario on both (each measured run after a warm-up run of the same nodes: JIT, the",
            "first history read, chart rendering); prints wall and CPU times, the work each node did, and whether the",
            "two runs' results.csv and report.md are identical byte for byte. Both processes run on this machine, so",
            "the speed-up is bounded by its cores."})
public class NodesBenchmarkCommand implements Callable<Integer> {

    static final String PLANNER = "Basic " + Base64.getEncoder().encodeToString("planner:planner"
            .getBytes(StandardCharsets.UTF_8));

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "2000",
            description = "Customers of the seeded history (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--days", paramLabel = "N", defaultValue = "28",
            description = "Days of the seeded history (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications per policy (default: ${DEFAULT-VALUE}).")
    int replications;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("servicebalance-nodes-");
        try (ConfigurableApplicationContext database = new SpringApplicationBuilder(ServiceBalanceApplication.class)
                .web(WebApplicationType.NONE).run("--servicebalance.database.embedded.ephemeral=true",
                        "--spring.datasource.url=")) {
            SeedSettings settings = new SeedSettings(customers, days, 1, SeedSettings.DEFAULT_START, ZoneOffset.UTC,
                    "nodes-");
            long t0 = System.nanoTime();
            database.getBean(HistorySeeder.class).seed(settings, SyntheticHistory.generate(settings), true,
                    new io.servicebalance.eventstore.bulk.BulkAppender.Listener() { });
            ContactHistoryLag lag = database.getBean(ContactHistoryLag.class);
            while (!lag.now(ContactHistoryLag.PROCESSOR).caughtUp() || !lag.now("customer-timeline").caughtUp()) {
                Thread.sleep(500);
            }
            out.printf("seeded %,d customers over %d days, read models caught up, in %.1f s; node logs in %s%n",
                    customers, days, seconds(t0), dir);
            out.flush();
            HikariDataSource source = (HikariDataSource) database.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(source);
            String scenario = scenario(settings);
            try (ServerProcess first = node("node-1", source, dir)) {
                sweep(out, "warm-up, one node", scenario, jdbc, List.of(first));
                Result one = sweep(out, "one node", scenario, jdbc, List.of(first));
                try (ServerProcess second = node("node-2", source, dir)) {
                    sweep(out, "warm-up, two nodes", scenario, jdbc, List.of(first, second));
                    Result two = sweep(out, "two nodes", scenario, jdbc, List.of(first, second));
                    boolean same = one.csv().equals(two.csv()) && one.markdown().equals(two.markdown());
                    out.printf("speed-up %.2fx (wall), results identical byte for byte: %s%n",
                            one.seconds() / two.seconds(), same ? "yes" : "NO");
                    out.flush();
                    return same ? 0 : 1;
                }
            }
        }
    }

    /** A {@code serve} process on a free port and the benchmark's database, its output in {@code dir}. */
    private static ServerProcess node(String name, HikariDataSource source, Path dir) throws Exception {
        ServerProcess node = ServerProcess.onDatabase(source.getJdbcUrl(), source.getUsername(), source.getPassword(),
                ServerProcess.freePort(), dir.resolve(name + ".log"), Map.of());
        try {
            node.start(Duration.ofMinutes(5));
        } catch (Exception | Error e) {
            node.stop();
            throw e;
        }
        return node;
    }

    private String scenario(SeedSettings settings) {
        return """
                {"name": "benchmark-nodes", "replications": %d, "seed": 1, "historical": {"source": "seeded"},
                 "window": {"from": "%s", "to": "%s"},
                 "grid": {"agents": {"PHONE": {"scale": [0.6, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5]}},
                          "priority": ["FIFO", "TIER_STRICT"], "tierTargetSeconds": {"PREMIUM": {"PHONE": [10, 20]}}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30},
                           "perAbandoned": {"PHONE": 25, "CHAT": 12}, "slaPenalty": {"PREMIUM": 8, "STANDARD": 2},
                           "defaultCustomerValue": 200}}""".formatted(replications, settings.start(),
                settings.start().plusSeconds(86_400L * settings.days()));
    }

    record Result(double seconds, String csv, String markdown) {
    }

    private Result sweep(PrintWriter out, String label, String scenario, JdbcTemplate jdbc, List<ServerProcess> nodes)
            throws Exception {
        List<Double> cpu = new ArrayList<>();
        nodes.forEach(n -> cpu.add(n.cpuSeconds()));
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(nodes.get(0).base()
                + "/api/simulations")).header("Authorization", PLANNER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(scenario)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("the scenario was refused: " + accepted.body());
        }
        UUID run = UUID.fromString(json.readTree(accepted.body()).path("id").asText());
        String status;
        do {
            Thread.sleep(100);
            status = jdbc.queryForObject("SELECT status FROM simulation_run WHERE id = ?", String.class, run);
        } while (status.equals("QUEUED") || status.equals("RUNNING"));
        double seconds = seconds(t0);
        if (!status.equals("SUCCEEDED")) {
            throw new IllegalStateException("the sweep ended " + status + ": " + jdbc.queryForObject(
                    "SELECT error FROM simulation_run WHERE id = ?", String.class, run));
        }
        out.printf("%s: %,d steps in %.1f s wall (under load: CPU time is the steadier figure)%n", label,
                jdbc.queryForObject("SELECT steps_total FROM simulation_run WHERE id = ?", Long.class, run), seconds);
        for (int i = 0; i < nodes.size(); i++) {
            ServerProcess n = nodes.get(i);
            out.printf("  node-%d (pid %d): %.1f s CPU (user + system, whole process)%n", i + 1, n.pid(),
                    n.cpuSeconds() - cpu.get(i));
        }
        for (Map<String, Object> w : jdbc.queryForList("SELECT node, count(*) AS jobs, sum(end_step - first_step) AS"
                + " steps, sum(wall_millis) AS wall FROM sweep_job WHERE run_id = ? GROUP BY node ORDER BY node",
                run)) {
            out.printf("  %s ran %s jobs, %s steps, %.1f s in jobs%n", w.get("node"), w.get("jobs"), w.get("steps"),
                    ((Number) w.get("wall")).longValue() / 1e3);
        }
        out.printf("  merged by %s%n", jdbc.queryForObject("SELECT node FROM simulation_run WHERE id = ?",
                String.class, run));
        out.flush();
        return new Result(seconds, artifact(jdbc, run, "results.csv"), artifact(jdbc, run, "report.md"));
    }

    private static String artifact(JdbcTemplate jdbc, UUID run, String name) {
        return new String(jdbc.queryForObject("SELECT content FROM simulation_artifact WHERE run_id = ? AND name = ?",
                byte[].class, run, name), StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
