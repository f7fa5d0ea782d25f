package io.servicebalance.launcher;

import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.cli.PeakMemory;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.cli.SeedOption;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code servicebalance seed}: writes a realistic synthetic history through the domain's commands. */
@Command(name = "seed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a realistic synthetic history through the domain's commands (every rule applies).",
            "Customers across tiers, contacts on every channel with daily and weekly seasonality answered or abandoned",
            "by a simulated contact centre, cases, complaints, ratings, purchases, tier changes and churn.",
            "Deterministic per seed. Refuses to write into a database that already holds events unless --append."})
class SeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistorySizeOptions history = new HistorySizeOptions(5000, 90);

    @Mixin
    SeedOption seed;

    @Option(names = "--start", defaultValue = "2026-01-05", paramLabel = "DATE",
            description = "First day of the history (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone of the daily profile and the staffing (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--append", description = "Add to an existing history (ids get the prefix s<seed>-).")
    boolean append;

    @Override
    public Integer call() {
        SeedSettings settings = settings();
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            new Seeding(context.getBean(HistorySeeder.class), context.getBean(SeededHistories.class),
                    spec.commandLine().getOut()).run(settings, append);
        }
        return 0;
    }

    private SeedSettings settings() {
        try {
            ZoneId zoneId = ZoneId.of(zone);
            Instant from = LocalDate.parse(start).atStartOfDay(zoneId).toInstant();
            return new SeedSettings(history.customers(), history.days(), seed.seed(), from, zoneId,
                    append ? "s" + seed.seed() + "-" : "");
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--start must be a date like 2026-01-05 and --zone a"
                    + " time zone like UTC or Europe/Zurich");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The seeding itself, shared with {@code demo}. */
    record Seeding(HistorySeeder seeder, SeededHistories histories, PrintWriter out) {

        void run(SeedSettings settings, boolean append) {
            long before = histories.storedEvents();
            if (before > 0 && !append) {
                throw new CommandFailed(new HistorySeeder.HistoryExists(before).getMessage());
            }
            long started = System.nanoTime();
            HistoryScript script = SyntheticHistory.generate(settings);
            try (ProgressListener progress = ProgressListener.always("seed")) {
                seeder.seed(settings, script, append, progress);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long events = histories.storedEvents() - before;
            out.printf("seeded %,d customers over %d days from %s: %,d contacts (%,d answered, %,d abandoned = %.1f%%),"
                            + " %,d complaints, %,d purchases, %,d churned%n", script.customers(), settings.days(),
                    settings.start(), script.contacts(), script.answered(), script.abandoned(),
                    100.0 * script.abandoned() / Math.max(1, script.contacts()), script.complaints(),
                    script.purchases(), script.churned());
            out.printf("%,d commands, %,d events appended in %.1f s: %,.0f events/s; historical staffing %s%n",
                    script.commands().size(), events, seconds, events / seconds, script.staffing());
            out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                    PeakMemory.residentPeak());
            out.flush();
        }
    }
}
