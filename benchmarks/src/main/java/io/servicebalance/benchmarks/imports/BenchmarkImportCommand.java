package io.servicebalance.benchmarks.imports;

import io.servicebalance.benchmarks.CpuClock;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag;
import io.servicebalance.launcher.Contexts;
import io.servicebalance.launcher.Launcher;
import io.servicebalance.simulation.cli.PeakMemory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code servicebalance benchmark-import}: generates a contact log of {@code --events} events as the three import files
 * and runs the {@code import} command on them against a throw-away embedded PostgreSQL, twice (the second run must
 * append nothing), with the contact history's catch-up timed between the two; prints the import's own summary and
 * the whole command's wall and CPU time.
 */
@Command(name = "benchmark-import", mixinStandardHelpOptions = true,
        description = {"Measure the import: generate a contact log of N events as CSV files, then time the whole",
            "'import' command on a throw-away embedded PostgreSQL in a temporary directory (./data is not touched),",
            "time the contact history read model catching up on the imported events (what a plan waits for), then",
            "import the same files again (nothing new). Wall time is printed beside the CPU time of this JVM and of",
            "PostgreSQL."})
public class BenchmarkImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N",
            description = "Events the generated log amounts to (default: ${DEFAULT-VALUE}).")
    long events;

    @Override
    public Integer call() throws IOException {
        if (events < 100 || events > 50_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--events must be between 100 and 50,000,000");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("servicebalance-import-benchmark");
        try {
            ContactLogFiles log = new ContactLogFiles();
            log.write(dir, events);
            out.printf("generated %,d rows amounting to %,d events in %s (%,d MiB)%n", log.rows(), log.events(), dir,
                    size(dir) >> 20);
            out.flush();
            System.setProperty("servicebalance.database.embedded.data-dir", dir.resolve("data").toString());
            System.setProperty("spring.datasource.url", "");
            try (ServerCpuSampler server = new ServerCpuSampler(dir)) {
                for (String run : new String[] {"first import", "same files again"}) {
                    Cpu cpu = new Cpu(server);
                    String said = importOnce(dir);
                    out.printf("%s: %s%n  whole command (start, read, check, append, stop): %s%n", run,
                            said.strip(), cpu.since());
                    out.flush();
                    if (run.equals("first import")) {
                        out.printf("%s%n", catchUp(server));
                        out.flush();
                    }
                }
            }
            out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                    PeakMemory.residentPeak());
            out.flush();
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return 0;
    }

    /** Wall time beside the CPU time of this JVM and of the database server since it was made. */
    private record Cpu(ServerCpuSampler server, long wall, double jvm, double database) {
        Cpu(ServerCpuSampler server) {
            this(server, System.nanoTime(), CpuClock.jvm(), server.seconds());
        }

        double seconds() {
            return (System.nanoTime() - wall) / 1e9;
        }

        String since() {
            double j = CpuClock.jvm() - jvm;
            double d = server.seconds() - database;
            return String.format(Locale.ROOT, "%.1f s wall, CPU %.1f s (this JVM %.1f s + PostgreSQL %.1f s)",
                    seconds(), j + d, j, d);
        }
    }

    /**
     * Starts the application as {@code plan} does and times the contact history read model catching up on the
     * imported events (what a planner waits for after an import).
     */
    private static String catchUp(ServerCpuSampler server) {
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            ContactHistoryCatchUp catchUp = context.getBean(ContactHistoryCatchUp.class);
            Cpu cpu = new Cpu(server);
            ContactHistoryLag.Lag lag = catchUp.await(Duration.ofHours(2), new ContactHistoryCatchUp.Listener() {
                @Override
                public void waiting(ContactHistoryLag.Lag lag, Duration limit) {
                }

                @Override
                public void progress(ContactHistoryLag.Lag lag) {
                }
            });
            long contacts = context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM contact_history",
                    Long.class);
            double seconds = cpu.seconds();
            return String.format(Locale.ROOT, "contact history catch-up: %,d events (%,d contacts) in %s: %,.0f"
                    + " events/s", lag.head(), contacts, cpu.since(), lag.head() / seconds);
        }
    }

    /** Runs the {@code import} subcommand itself, as a user would. */
    private String importOnce(Path dir) {
        StringWriter said = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("import", "--customers", dir.resolve("customers.csv").toString(),
                "--contacts", dir.resolve("contacts.csv").toString(), "--purchases",
                dir.resolve("purchases.csv").toString());
        if (exit != 0) {
            throw new IllegalStateException("import failed (exit " + exit + "): " + err);
        }
        return said.toString().replace("imported ", "");
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
