package io.servicebalance.benchmarks.window;

import io.servicebalance.benchmarks.CpuClock;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.launcher.Contexts;
import io.servicebalance.simulation.history.RecordedHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-window}: reads one month of the contact history out of a year, as {@code plan} and
 * {@code trace} do, against a history of that month alone, on a throw-away embedded PostgreSQL.
 */
@Command(name = "benchmark-window", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure reading a plan's window: one month out of a year against that month alone.",
            "Writes synthetic rows of the contact history read model (COPY, no events: the processor is not measured",
            "here) for --customers into a throw-away embedded PostgreSQL (./data is not touched), then reads the",
            "month through the planner's reader (lag check included): median of --runs after 5 warm-up reads.",
            "Prints both timings (wall and CPU, with PostgreSQL's and the reading thread's shares), contacts/s and",
            "their ratio (targets: ratio <= 1.2, >= 1,000,000 contacts/s)."})
public class WindowBenchmarkCommand implements Callable<Integer> {

    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
    private static final int WARM_UP = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "200000",
            description = "Customers (about 19 contacts each a year; default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--month", paramLabel = "M", defaultValue = "6",
            description = "The month of 2026 read as the window, 1-12 (default: ${DEFAULT-VALUE}).")
    int month;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed reads per history, after 5 warm-up reads (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || month < 1 || month > 12 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--customers and --runs must be at least 1 and --month between 1 and 12");
        }
        PrintWriter out = spec.commandLine().getOut();
        SyntheticContactRows rows = new SyntheticContactRows(customers, 1);
        LocalDate window = YEAR.withMonth(month);
        Instant from = window.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = window.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        try (ConfigurableApplicationContext context = Contexts.withoutWeb(
                "--servicebalance.database.embedded.ephemeral=true", "--spring.datasource.url=")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            HistoryReader reader = context.getBean(HistoryReader.class);
            CpuClock cpu = new CpuClock(jdbc);
            long alone = fill(jdbc, rows, window, window);
            Timing monthAlone = time(reader, cpu, from, to);
            print(out, "history of " + window.getMonth() + " 2026 alone", alone, monthAlone);
            long year = fill(jdbc, rows, YEAR, YEAR.withMonth(12));
            Timing ofYear = time(reader, cpu, from, to);
            print(out, window.getMonth() + " out of the year 2026", year, ofYear);
            out.printf("ratio month out of a year / month alone: %.2f wall, %.2f CPU (target <= 1.2); %,d customers;"
                    + " synthetic read-model rows written directly (no events); load average now %s%n",
                    ofYear.seconds() / monthAlone.seconds(), ofYear.cpuSeconds() / monthAlone.cpuSeconds(),
                    customers, loadAverage());
            out.flush();
        }
        return 0;
    }

    /** Medians of the wall time, of the CPU time (this JVM and the database server) and of the server's share. */
    private record Timing(int contacts, double seconds, double cpuSeconds, double serverCpuSeconds,
                          double readerCpuSeconds) {
        double perSecond() {
            return contacts / seconds;
        }

        double perCpuSecond() {
            return contacts / cpuSeconds;
        }
    }

    private Timing time(HistoryReader reader, CpuClock cpu, Instant from, Instant to) {
        RecordedHistory warm = reader.read(from, to);
        for (int w = 1; w < WARM_UP; w++) {
            reader.read(from, to);
        }
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        double[] serverSeconds = new double[runs];
        double[] readerSeconds = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long readerBefore = threads.getCurrentThreadCpuTime();
            double jvmBefore = CpuClock.jvm();
            double serverBefore = cpu.serverSeconds();
            long started = System.nanoTime();
            reader.read(from, to);
            seconds[r] = (System.nanoTime() - started) / 1e9;
            serverSeconds[r] = cpu.serverSeconds() - serverBefore;
            cpuSeconds[r] = CpuClock.jvm() - jvmBefore + serverSeconds[r];
            readerSeconds[r] = (threads.getCurrentThreadCpuTime() - readerBefore) / 1e9;
        }
        Arrays.sort(readerSeconds);
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        Arrays.sort(serverSeconds);
        return new Timing(warm.trace().size(), seconds[runs / 2], cpuSeconds[runs / 2], serverSeconds[runs / 2],
                readerSeconds[runs / 2]);
    }

    private void print(PrintWriter out, String what, long stored, Timing t) {
        out.printf("%s: %,d contacts stored; window of %,d contacts read in %.3f s wall (%,.0f contacts/s),"
                + " %.3f s CPU of JVM + PostgreSQL (%,.0f contacts per CPU-second; PostgreSQL %.3f s of it, the"
                + " reading thread %.3f s, the JVM's other threads (GC, JIT, processors) the rest); medians of %d%n",
                what, stored, t.contacts(), t.seconds(), t.perSecond(), t.cpuSeconds(), t.perCpuSecond(),
                t.serverCpuSeconds(), t.readerCpuSeconds(), runs);
        out.flush();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Empties the read model and writes the customers and the contacts of the months first..last. */
    private static long fill(JdbcTemplate jdbc, SyntheticContactRows rows, LocalDate first, LocalDate last) {
        jdbc.execute("TRUNCATE contact_history, contact_history_tier, contact_history_customer");
        long contacts = jdbc.execute((ConnectionCallback<Long>) connection -> {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                CopyInWriter customers = new CopyInWriter(copy.copyIn("COPY contact_history_customer (customer_id,"
                        + " tier, value, churned) FROM STDIN"));
                rows.writeCustomers(customers);
                customers.finish();
                long written = 0;
                for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    CopyInWriter contactRows = new CopyInWriter(copy.copyIn("COPY contact_history (contact_id,"
                            + " customer_id, channel, contact_type, tier, received_at, answered_at, abandoned_at,"
                            + " acknowledged_at, handle_seconds) FROM STDIN"));
                    rows.writeMonth(m, contactRows);
                    written += contactRows.finish();
                }
                return written;
            } catch (IOException e) {
                throw new IllegalStateException("could not write the synthetic rows", e);
            }
        });
        jdbc.execute("VACUUM ANALYZE contact_history");
        jdbc.execute("VACUUM ANALYZE contact_history_customer");
        return contacts;
    }

}
