package io.servicebalance.benchmarks.read;

import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.launcher.CommandFailed;
import io.servicebalance.simulation.cli.PeakMemory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-read}: timeline latency and throughput under wrk beside the health endpoint, and
 * the read-model rebuild speed, on a throw-away embedded PostgreSQL.
 */
@Command(name = "benchmark-read", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the read side with wrk: a customer's timeline beside GET /actuator/health.",
            "Records --events events for one customer on a throw-away embedded PostgreSQL (./data is not touched),",
            "runs wrk at --connections connections on the timeline (limit 50) and on health in the same run, prints",
            "p50/p99 latency, requests/s and the ratios, then rebuilds the read model and prints events/s.",
            "Needs wrk (Debian package wrk)."})
public class BenchmarkReadCommand implements Callable<Integer> {

    private static final Instant T = Instant.parse("2026-01-05T08:00:00Z");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000",
            description = "Events of the customer (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "50",
            description = "wrk connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "20",
            description = "Seconds per wrk run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (!Wrk.installed()) {
            throw new CommandFailed("wrk is not installed: apt-get install wrk");
        }
        PrintWriter out = spec.commandLine().getOut();
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN",
                "--servicebalance.database.embedded.ephemeral=true", "--spring.datasource.url=")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String customer = record(context.getBean(CommandGateway.class), jdbc);
            String manager = "Basic " + Base64.getEncoder().encodeToString("manager1:manager1".getBytes(
                    StandardCharsets.UTF_8));
            Wrk.Result timeline = Wrk.run(base + "/api/customers/" + customer + "/timeline?limit=50", manager,
                    connections, seconds);
            Wrk.Result health = Wrk.run(base + "/actuator/health", manager, connections, seconds);
            out.printf("customer with %,d timeline entries; wrk -t2 -c%d -d%ds --latency%n", events, connections,
                    seconds);
            report(out, "GET .../timeline?limit=50", timeline);
            report(out, "GET /actuator/health", health);
            out.printf("timeline / health: p50 x%.2f, p99 x%.2f, throughput x%.2f%n", timeline.p50Millis()
                    / health.p50Millis(), timeline.p99Millis() / health.p99Millis(), timeline.requestsPerSecond()
                    / health.requestsPerSecond());
            rebuild(out, base);
        }
        out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                PeakMemory.residentPeak());
        out.flush();
        return 0;
    }

    private String record(CommandGateway gateway, JdbcTemplate jdbc) throws InterruptedException {
        CustomerId id = new CustomerId("bench-" + System.nanoTime());
        gateway.sendAndWait(new RegisterCustomer(id, "Bench Mark", "bench@example.com", null, ServiceTier.PREMIUM, T));
        gateway.sendAndWait(new AssignAccountManager(id, "manager1", T.plusSeconds(1)));
        for (int i = 2; i < events; i++) {
            gateway.sendAndWait(new RecordPurchase(id, BigDecimal.ONE, "EUR", null, T.plusSeconds(i)));
        }
        while (jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE customer_id = ?", Integer.class,
                id.value()) < events) {
            Thread.sleep(100);
        }
        return id.value();
    }

    private void rebuild(PrintWriter out, String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        URI status = URI.create(base + "/api/admin/read-models/customer-timeline");
        long started = System.nanoTime();
        http.send(HttpRequest.newBuilder(URI.create(status + "/rebuild")).header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        String body;
        do {
            Thread.sleep(200);
            body = http.send(HttpRequest.newBuilder(status).header("Authorization", admin).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } while (body.contains("\"RUNNING\""));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("read-model rebuild: %s; %.1f s wall%n", body, seconds);
    }

    private static void report(PrintWriter out, String what, Wrk.Result r) {
        out.printf("%-28s p50 %7.2f ms  p99 %7.2f ms  %9.0f requests/s  non-2xx %d%n", what, r.p50Millis(),
                r.p99Millis(), r.requestsPerSecond(), r.errors());
    }
}
