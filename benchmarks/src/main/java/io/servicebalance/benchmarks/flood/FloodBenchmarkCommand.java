package io.servicebalance.benchmarks.flood;

import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.launcher.HistorySizeOptions;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-flood}: the planner flood of issue 9 against a throw-away server, with
 * {@code /actuator/health} probed and the heap sampled throughout.
 */
@Command(name = "benchmark-flood", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fire the four-request planner flood at a throw-away server (embedded PostgreSQL; ./data is not",
            "touched) and show that /actuator/health answers throughout and the heap stays bounded: four oversized",
            "scenarios at once (refused), then six at the default limit (one runs, four wait, one gets 429), left",
            "to work for --seconds, then cancelled."})
public class FloodBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistorySizeOptions history = new HistorySizeOptions(500, 14);

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "20",
            description = "Seconds the accepted runs work before they are cancelled (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0",
                "--servicebalance.database.embedded.ephemeral=true", "--spring.datasource.url=")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            SeedSettings settings = new SeedSettings(history.customers(), history.days(), 7,
                    SeedSettings.DEFAULT_START, ZoneOffset.UTC,
                    "flood-");
            context.getBean(HistorySeeder.class).seed(settings, SyntheticHistory.generate(settings), true,
                    new io.servicebalance.eventstore.bulk.BulkAppender.Listener() { });
            Instant from = settings.start();
            Instant to = from.plusSeconds(86_400L * history.days());
            out.printf("seeded %,d customers over %d days; flooding %s%n", history.customers(), history.days(), base);
            out.flush();
            PlannerClient planner = new PlannerClient(base);
            try (HealthProbe probe = new HealthProbe(base, PlannerClient.PLANNER, Duration.ofMillis(100))) {
                report(out, "warm-up: one empty scenario", planner.submitAtOnce("{}", 1), probe.phase());
                report(out, "four oversized scenarios at once", planner.submitAtOnce(
                        FloodScenarios.oversized(from, to), 4), probe.phase());
                List<PlannerClient.Answer> accepted = planner.submitAtOnce(FloodScenarios.atTheLimit(from, to), 6);
                report(out, "six scenarios at the limit at once", accepted, probe.phase());
                Thread.sleep(seconds * 1000L);
                List<String> ids = new ArrayList<>();
                accepted.stream().filter(a -> a.status() == 202).forEach(a -> ids.add(a.location()));
                out.printf("after %d s: %s%n", seconds, planner.statuses(ids));
                health(out, probe.phase());
                long started = System.nanoTime();
                ids.forEach(planner::cancel);
                String next = planner.submitAtOnce(FloodScenarios.small(from, to), 1).get(0).location();
                planner.awaitStatus(next, "RUNNING|SUCCEEDED", Duration.ofMinutes(5));
                out.printf("cancelled %d runs; the worker was free and started the next plan %.1f s after the"
                        + " DELETEs%n", ids.size(), (System.nanoTime() - started) / 1e9);
                planner.awaitStatus(next, "SUCCEEDED", Duration.ofMinutes(5));
                health(out, probe.phase());
            }
        }
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, String what, List<PlannerClient.Answer> answers,
                               HealthProbe.Summary health) {
        out.printf("%s: %s%n", what, answers.stream().map(a -> String.format("%d in %.2f s%s", a.status(),
                a.seconds(), a.retryAfter() == null ? "" : " (Retry-After " + a.retryAfter() + ")")).toList());
        answers.stream().filter(a -> a.status() == 400).findFirst().ifPresent(a -> out.printf("  400 says: %s%n",
                a.body().replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1")));
        health(out, health);
    }

    private static void health(PrintWriter out, HealthProbe.Summary s) {
        out.printf("  GET /actuator/health meanwhile: %d probes, %d failed or over 5 s, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms; heap peak %,d MiB of %,d MiB%n", s.probes(), s.failures(), s.p50Millis(),
                s.p99Millis(), s.maxMillis(), s.heapPeakMiB(), s.heapMaxMiB());
        out.flush();
    }
}
