package io.servicebalance.benchmarks.fuzz;

import io.servicebalance.ServiceBalanceApplication;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-fuzz}: the write-API fuzz at scale on a throw-away embedded PostgreSQL; prints the
 * answers by status, the 5xx count and the writes made by refused requests, and exits 1 when either is not zero.
 */
@Command(name = "benchmark-fuzz", mixinStandardHelpOptions = true,
        description = {"Fuzz every write endpoint over HTTP and count 5xx answers and writes by refused requests.",
            "On a throw-away embedded PostgreSQL (./data is not touched); exits 1 when either count is not zero."})
public class FuzzBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--requests-per-endpoint", defaultValue = "1000", paramLabel = "N",
            description = "Requests sent to each of the 20 write endpoints (default: ${DEFAULT-VALUE}).")
    int perEndpoint;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the requests; the same seed sends the same requests (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (perEndpoint < 1) {
            throw new ParameterException(spec.commandLine(), "--requests-per-endpoint must be at least 1");
        }
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0",
                "--servicebalance.database.embedded.ephemeral=true", "--logging.level.root=OFF",
                "--spring.datasource.url=", "--servicebalance.security.demo-users.enabled=true")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String agent = "Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            FuzzReport report = new WriteFuzzer(base, agent, () -> jdbc.queryForObject(
                    "SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class), seed).run(perEndpoint);
            double seconds = (System.nanoTime() - start) / 1e9;
            print(spec.commandLine().getOut(), report, seconds);
            return report.serverErrors() == 0 && report.writesOnRefusal() == 0 ? 0 : 1;
        }
    }

    private void print(PrintWriter out, FuzzReport report, double seconds) {
        out.printf("requests: %d (%d per endpoint, seed %d) in %.1f s, %.0f requests/s%n", report.requests(),
                perEndpoint, seed, seconds, report.requests() / seconds);
        out.printf("answers by status: %s (0 = no answer)%n", report.statuses());
        out.printf("accepted (2xx): %d%n", report.accepted());
        out.printf("5xx or no answer: %d%n", report.serverErrors());
        out.printf("writes on refusal: %d%n", report.writesOnRefusal());
        report.examples().forEach(e -> out.printf("  %s%n", e));
        out.flush();
    }
}
