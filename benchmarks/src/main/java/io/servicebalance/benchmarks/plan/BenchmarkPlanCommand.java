package io.servicebalance.benchmarks.plan;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.launcher.Contexts;
import io.servicebalance.launcher.HistorySizeOptions;
import io.servicebalance.launcher.ProgressListener;
import io.servicebalance.simulation.cli.PeakMemory;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-plan}: seeding, trace extraction (bulk against Axon's event stream) and a sweep of
 * 40 policies x 10 replications, on a throw-away embedded PostgreSQL.
 */
@Command(name = "benchmark-plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure planning: seeding, trace extraction and a 40 x 10 sweep on a throw-away database.",
            "Seeds --customers over --days into a throw-away embedded PostgreSQL (./data is not touched), reads the",
            "trace in bulk and through Axon's event stream (events/s each), then sweeps 40 policies x 10",
            "replications on all cores; prints wall times and peak memory. A year for 10,000 customers takes minutes."})
public class BenchmarkPlanCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HistorySizeOptions history = new HistorySizeOptions(10_000, 365);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SeedSettings settings = new SeedSettings(history.customers(), history.days(), 1, SeedSettings.DEFAULT_START,
                ZoneOffset.UTC, "");
        try (ConfigurableApplicationContext context = Contexts.withoutWeb(
                "--servicebalance.database.embedded.ephemeral=true", "--spring.datasource.url=")) {
            SeededHistories histories = context.getBean(SeededHistories.class);
            long started = System.nanoTime();
            HistoryScript script = SyntheticHistory.generate(settings);
            double generated = seconds(started);
            try (ProgressListener progress = ProgressListener.always("seed")) {
                context.getBean(HistorySeeder.class).seed(settings, script, false, progress);
            }
            double seeding = seconds(started);
            long events = histories.storedEvents();
            out.printf("seeding: %,d customers x %d days = %,d contacts, %,d events in %.1f s (generation %.1f s):"
                    + " %,.0f events/s%n", history.customers(), history.days(), script.contacts(), events, seeding,
                    generated,
                    events / seeding);
            out.flush();
            RecordedHistory history = extraction(context, out, events);
            sweep(out, history, histories);
        }
        out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                PeakMemory.residentPeak());
        out.flush();
        return 0;
    }

    private RecordedHistory extraction(ConfigurableApplicationContext context, PrintWriter out, long events) {
        long t0 = System.nanoTime();
        RecordedHistory bulk = context.getBean(HistoryReader.class).read(null, null);
        double bulkSeconds = seconds(t0);
        long t1 = System.nanoTime();
        RecordedHistory axon = new AxonHistoryReader(context.getBean(EventStore.class)).read(null, null);
        double axonSeconds = seconds(t1);
        out.printf("trace extraction, contact history read model (catching up from the events included): %,d"
                + " contacts in %.2f s: %,.0f stored events/s%n", bulk.trace().size(), bulkSeconds,
                events / bulkSeconds);
        out.printf("trace extraction, Axon event stream: %,d events in %.2f s: %,.0f events/s; the read model is"
                        + " %.1fx faster; same trace: %s%n", events, axonSeconds, events / axonSeconds,
                axonSeconds / bulkSeconds,
                bulk.trace().size() == axon.trace().size());
        out.flush();
        return bulk;
    }

    private void sweep(PrintWriter out, RecordedHistory history, SeededHistories histories) {
        Scenario scenario = ScenarioFile.parse("""
                {"name": "benchmark", "replications": 10, "seed": 1, "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": [0.6, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5]}},
                          "priority": ["FIFO", "TIER_STRICT"], "tierTargetSeconds": {"PREMIUM": {"PHONE": [10, 20]}}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30},
                           "perAbandoned": {"PHONE": 25, "CHAT": 12}, "slaPenalty": {"PREMIUM": 8, "STANDARD": 2},
                           "defaultCustomerValue": 200}}""");
        int threads = Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        Plan plan;
        try (Progress progress = Progress.always("sweep", 41 * 10)) {
            plan = Planner.plan(scenario, history, histories.latestStaffing().orElseThrow(), threads, progress::step);
        }
        double seconds = seconds(t0);
        out.printf("sweep: %d policies (+ historical) x %d replications over %,d contacts on %d threads: %.1f s wall;"
                + " balance point %s%n", plan.result().policies().size(), plan.result().replications(),
                plan.contacts(), threads, seconds, plan.result().best().label());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
