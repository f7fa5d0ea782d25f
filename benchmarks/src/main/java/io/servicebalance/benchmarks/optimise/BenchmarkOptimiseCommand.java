package io.servicebalance.benchmarks.optimise;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.launcher.Contexts;
import io.servicebalance.launcher.HistorySizeOptions;
import io.servicebalance.launcher.ProgressListener;
import io.servicebalance.simulation.cli.PeakMemory;
import io.servicebalance.simulation.cli.ThreadsOption;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.plan.GridSize;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.simulation.plan.StaffingPlan;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-optimise}: the closing benchmark of issue 11. Seeds a history into a throw-away
 * embedded PostgreSQL, reads it once, then plans it twice on the same workers: the 32-policy grid the demo ran before
 * issue 11 (8 phone scales x 2 priorities x 2 premium targets) and staffing optimised per half-hour for 4
 * service-level targets on each of PHONE, CHAT and EMAIL (every combination: 64 policies). For each: wall time, CPU
 * time of the process, simulated replications and the peak of the JVM's memory pools during that plan.
 */
@Command(name = "benchmark-optimise", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure staffing optimised per interval against the former policy grid, on one seeded history.",
            "Seeds --customers over --days into a throw-away embedded PostgreSQL (./data is not touched), then plans",
            "the demo's former 32-policy grid (8 phone scales x 2 priorities x 2 premium targets) and an optimise",
            "scenario (PT30M intervals, targets 70/80/90/95%% on PHONE, CHAT and EMAIL, every combination); prints",
            "wall and CPU time, simulations and peak memory of each. A year for 10,000 customers takes many minutes",
            "on two cores."})
public class BenchmarkOptimiseCommand implements Callable<Integer> {

    static final String GRID = """
            {"name": "today's grid", "currency": "EUR", "zone": "UTC", "seed": 1, "replications": %d,
             "historical": {"source": "seeded", "priority": "FIFO"},
             "grid": {"agents": {"PHONE": {"scale": [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5]}},
                      "priority": ["FIFO", "TIER_STRICT"], "tierTargetSeconds": {"PREMIUM": {"PHONE": [10, 20]}}},
             "targets": {"thresholdSeconds": {"PHONE": 20, "CHAT": 60, "EMAIL": 86400, "SOCIAL": 1200}},
             %s}""";
    static final String OPTIMISE = """
            {"name": "optimised per half-hour", "currency": "EUR", "zone": "UTC", "seed": 1, "replications": %d,
             "historical": {"source": "seeded", "priority": "FIFO"},
             "staffing": {"method": "optimise", "interval": "PT30M"},
             "grid": {"serviceLevelTargets": {"PHONE": [0.7, 0.8, 0.9, 0.95], "CHAT": [0.7, 0.8, 0.9, 0.95],
                                              "EMAIL": [0.7, 0.8, 0.9, 0.95]}},
             "targets": {"thresholdSeconds": {"PHONE": 20, "CHAT": 60, "EMAIL": 86400, "SOCIAL": 1200}},
             %s}""";
    static final String COSTS = """
            "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30}, "shrinkage": 0.3,
                      "perContact": {"PHONE": 1.5, "CHAT": 1.0, "EMAIL": 0.8, "SOCIAL": 1.0},
                      "perAbandoned": {"PHONE": 25, "CHAT": 12},
                      "slaPenalty": {"PREMIUM": 8, "STANDARD": 2, "BASIC": 0.5, "CARE": 6},
                      "churn": {"method": "fitted"}, "defaultCustomerValue": 200}""";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HistorySizeOptions size = new HistorySizeOptions(10_000, 365);

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications of each policy in both plans (default: ${DEFAULT-VALUE}).")
    int replications;

    @Mixin
    ThreadsOption workers = new ThreadsOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int customers = size.customers();
        int days = size.days();
        int threads = workers.workers(spec);
        SeedSettings settings = new SeedSettings(customers, days, 1, SeedSettings.DEFAULT_START, ZoneOffset.UTC, "");
        try (ConfigurableApplicationContext context = Contexts.withoutWeb(
                "--servicebalance.database.embedded.ephemeral=true", "--spring.datasource.url=",
                "--servicebalance.contact-history.catch-up-timeout=3h")) {
            SeededHistories histories = context.getBean(SeededHistories.class);
            long started = System.nanoTime();
            HistoryScript script = SyntheticHistory.generate(settings);
            try (ProgressListener progress = ProgressListener.always("seed")) {
                context.getBean(HistorySeeder.class).seed(settings, script, false, progress);
            }
            out.printf("history: %,d customers x %d days = %,d contacts, seeded in %.1f s%n", customers, days,
                    script.contacts(), seconds(started));
            out.flush();
            long reading = System.nanoTime();
            RecordedHistory history = context.getBean(HistoryReader.class).read(null, null);
            out.printf("contact history read model caught up and read in %.1f s%n", seconds(reading));
            Map<io.servicebalance.contact.Channel, StaffingSchedule> seeded = histories.latestStaffing().orElseThrow();
            out.printf("%,d contacts read; %d workers on %d available processors; measured under whatever else runs"
                    + " on this machine%n", history.trace().size(), threads,
                    Runtime.getRuntime().availableProcessors());
            run(out, ScenarioFile.parse(GRID.formatted(replications, COSTS)), history, seeded);
            run(out, ScenarioFile.parse(OPTIMISE.formatted(replications, COSTS)), history, seeded);
        }
        out.printf("whole process: peak heap+non-heap used %d MiB, peak resident set (VmHWM) %s%n",
                PeakMemory.usedMiB(), PeakMemory.residentPeak());
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, Scenario scenario, RecordedHistory history,
                     Map<io.servicebalance.contact.Channel, StaffingSchedule> seeded) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        GridSize size = GridSize.of(scenario);
        PlanLimits limits = new PlanLimits(1_000_000, 1_000, Long.MAX_VALUE, Long.MAX_VALUE);
        long cpu = processCpuNanos();
        long t0 = System.nanoTime();
        Plan plan;
        try (Progress progress = Progress.always(scenario.name(), size.steps())) {
            plan = Planner.plan(scenario, history, seeded, workers.workers(), limits, progress::step, () -> false);
        }
        double wall = seconds(t0);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        StaffingPlan staffing = plan.staffing();
        long replays = (plan.result().policies().size() + 1L) * plan.result().replications();
        out.printf("%s: %d policies (+ historical) x %d replications = %,d replays of every channel%s; wall %.1f s,"
                        + " CPU %.1f s (user+sys of the process), peak heap+non-heap %d MiB; balance point %s, total"
                        + " %,.0f EUR%n", scenario.name(), plan.result().policies().size(), plan.result().replications(),
                replays, staffing.isEmpty() ? "" : String.format(java.util.Locale.ROOT,
                        " + %,d one-channel replications optimising %d targets", staffing.simulations(),
                        size.optimisations()), wall, cpuSeconds, PeakMemory.usedMiB(), plan.result().best().label(),
                plan.result().best().totalCost().mean());
        out.flush();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
