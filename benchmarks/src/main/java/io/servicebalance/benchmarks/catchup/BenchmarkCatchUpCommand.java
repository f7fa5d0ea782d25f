package io.servicebalance.benchmarks.catchup;

import io.servicebalance.history.ContactHistoryLag;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.launcher.Contexts;
import io.servicebalance.launcher.HistorySizeOptions;
import io.servicebalance.launcher.ProgressListener;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-catchup}: seeds a history into a throw-away embedded PostgreSQL with every event
 * processor stopped (as {@code seed} and {@code import} leave them), then lets each processor catch up alone, from
 * its first event to the head: the contact history (what a plan waits for) and the customer timelines.
 */
@Command(name = "benchmark-catchup", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the event processors catching up on a freshly seeded history: seeds --customers over",
            "--days into a throw-away embedded PostgreSQL in a temporary directory (./data is not touched) with every",
            "processor stopped, then runs the contact history's processor (what a plan waits for) and the customer",
            "timelines' processor one after the other, each alone from its first event to the head of the store, and",
            "prints events/s against wall time and against the CPU time of this JVM and of PostgreSQL. --runs repeats",
            "each catch-up from an emptied read model."})
public class BenchmarkCatchUpCommand implements Callable<Integer> {

    static final String TIMELINE = "customer-timeline";
    private static final Duration LIMIT = Duration.ofHours(3);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HistorySizeOptions size = new HistorySizeOptions(10_000, 365);

    @Option(names = "--runs", paramLabel = "R", defaultValue = "1",
            description = "Catch-ups of each processor, each from an emptied read model (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--processors", paramLabel = "NAME", split = ",",
            defaultValue = ContactHistoryLag.PROCESSOR + "," + TIMELINE,
            description = "The processors to time, in order (default: ${DEFAULT-VALUE}).")
    List<String> processors;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || runs > 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be between 1 and 20");
        }
        PrintWriter out = spec.commandLine().getOut();
        SeedSettings settings = new SeedSettings(size.customers(), size.days(), 1, SeedSettings.DEFAULT_START,
                ZoneOffset.UTC, "");
        Path dir = Files.createTempDirectory("servicebalance-catchup-benchmark");
        try (ConfigurableApplicationContext context = Contexts.withoutWeb(
                "--servicebalance.database.embedded.data-dir=" + dir.resolve("data"), "--spring.datasource.url=")) {
            long started = System.nanoTime();
            HistoryScript script = SyntheticHistory.generate(settings);
            try (ProgressListener progress = ProgressListener.always("seed")) {
                context.getBean(HistorySeeder.class).seed(settings, script, false, progress);
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            out.printf(Locale.ROOT, "history: %,d customers x %d days = %,d events, seeded in %.1f s; %d available"
                    + " processors, load average %.2f at the start%n", size.customers(), size.days(),
                    jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class),
                    (System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            CatchUpRun run = new CatchUpRun(context.getBean(EventProcessingConfiguration.class),
                    context.getBean(ContactHistoryLag.class), jdbc);
            for (String processor : processors) {
                for (int i = 1; i <= runs; i++) {
                    if (i > 1) {
                        run.reset(processor, tables(processor));
                    }
                    out.printf("%s%n", run.catchUp(processor, LIMIT));
                    out.flush();
                }
            }
        } finally {
            delete(dir);
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** What a run empties besides the processor's own reset (the timelines keep their rows through a reset). */
    private static String[] tables(String processor) {
        return TIMELINE.equals(processor) ? new String[] {"timeline_entry", "customer_directory"} : new String[0];
    }
}
