package io.servicebalance.benchmarks.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.benchmarks.simulator.ErlangTraceOptions;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.TraceBuilder;
import io.servicebalance.simulation.trace.TraceContact;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-trace}: the whole {@code ./servicebalance simulate} process on a generated trace
 * against SimPy 3 replaying the same file as the same M/M/N+M model, paired runs in the same session, with wall time,
 * peak resident memory, their ratios, and the bytes per contact the engine's trace holds.
 */
@Command(name = "benchmark-trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the trace path: './servicebalance simulate' as a whole process against SimPy 3.",
            "Writes an M/M/N+M PHONE trace (200/h, AHT 180 s, patience drawn with mean 300 s), then runs simulate and",
            "benchmarks/src/main/python/trace_simpy.py on it --runs times in pairs, and prints wall time, CPU time",
            "and peak resident memory (GNU time) of each, the medians and ratios, and the engine's bytes per contact.",
            "Needs /usr/bin/time (Debian package time) and a Python with simpy 3 (Debian python3-simpy3)."})
public class BenchmarkTraceCommand implements Callable<Integer> {

    private static final double PER_HOUR = 200;
    private static final double AHT = 180;
    private static final double PATIENCE = 300;
    private static final String SCRIPT = "benchmarks/src/main/python/trace_simpy.py";

    @Spec
    CommandSpec spec;

    @Mixin
    ErlangTraceOptions erlang = new ErlangTraceOptions(577_000, 14);

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Paired runs; medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--simpy", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run SimPy beside simulate (default: ${DEFAULT-VALUE}).")
    boolean simpy;

    @Option(names = "--python", paramLabel = "COMMAND", defaultValue = "/usr/bin/python3",
            description = "Python interpreter with simpy 3 (default: ${DEFAULT-VALUE}, Debian's, where"
                    + " python3-simpy3 installs).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("servicebalance.home", ".")).toAbsolutePath();
        List<String> missing = missing(home);
        if (erlang.contacts() < 1 || erlang.agents() < 1 || runs < 1) {
            missing.add("--contacts, --agents and --runs must be at least 1");
        }
        if (!missing.isEmpty()) {
            out.println("benchmark-trace: cannot run: " + String.join("; ", missing));
            out.flush();
            return 1;
        }
        Path dir = Files.createTempDirectory("servicebalance-trace-benchmark");
        try {
            Path trace = dir.resolve("trace.csv");
            MmnmTraceFile.write(trace, erlang.contacts(), PER_HOUR, AHT, Instant.parse("2026-01-05T00:00:00Z"), 1);
            out.printf("trace: %,d PHONE contacts, %.0f/h, AHT %.0f s, patience drawn with mean %.0f s, %d agents"
                    + " (M/M/N+M); %,d bytes%n", erlang.contacts(), PER_HOUR, AHT, PATIENCE, erlang.agents(),
                    Files.size(trace));
            footprint(out, trace);
            List<String> simulate = List.of(home.resolve("servicebalance").toString(), "simulate", "--trace",
                    trace.toString(), "--agents", "PHONE=" + erlang.agents(), "--patience-mean",
                    "PHONE=" + (int) PATIENCE + "s",
                    "--format", "json");
            List<String> simPy = List.of(python, home.resolve(SCRIPT).toString(),
                    trace.toString(), Integer.toString(erlang.agents()), Double.toString(PATIENCE), "1");
            MeasuredRun.of(dir, simulate);
            out.println("warm-up run of simulate done (it builds the class-data archive after a build)");
            out.flush();
            pairs(out, dir, simulate, simPy);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private List<String> missing(Path home) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(home.resolve("servicebalance"))) {
            missing.add("no launcher at " + home.resolve("servicebalance"));
        }
        if (!Files.isExecutable(MeasuredRun.GNU_TIME)) {
            missing.add("/usr/bin/time is missing (apt-get install time)");
        }
        if (simpy && !Files.isReadable(home.resolve(SCRIPT))) {
            missing.add("SimPy needs " + SCRIPT + " (or --no-simpy)");
        }
        return missing;
    }

    /**
     * What the engine holds per contact: the trace's columns and the channel layout, for this trace and for the same
     * contacts as a plan sees them (patience known, a customer value in every row), and a replication's work arrays.
     */
    private void footprint(PrintWriter out, Path trace) {
        Trace loaded = TraceCsv.read(trace);
        double n = loaded.size();
        double traceBytes = loaded.footprintBytes() / n;
        double engineBytes = new Simulator(loaded, ZoneOffset.UTC).footprintBytes() / n;
        TraceBuilder plan = new TraceBuilder(loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            TraceContact c = loaded.contact(i);
            plan.add(new TraceContact(c.contactId(), c.customerId(), c.tier(), c.channel(), c.arrival(),
                    c.handleSeconds(), i % 50 == 0 ? Patience.exactly(30) : Patience.atLeast(5), 1_500.0));
        }
        Trace planTrace = plan.build();
        double planBytes = new Simulator(planTrace, ZoneOffset.UTC).footprintBytes() / n;
        out.printf("engine's trace: %.1f bytes per contact (columns %.1f, channel layout %.1f); as a plan holds the"
                + " same contacts (patience and value in every row): %.1f; each replication running adds 9 (patience"
                + " draw, state), a plan's 9 more (each contact's outcome)%n", engineBytes, traceBytes,
                engineBytes - traceBytes, planBytes);
    }

    private void pairs(PrintWriter out, Path dir, List<String> simulate, List<String> simPy)
            throws IOException, InterruptedException {
        double[][] java = new double[runs][];
        double[][] python = new double[runs][];
        ObjectMapper json = new ObjectMapper();
        for (int r = 0; r < runs; r++) {
            MeasuredRun run = MeasuredRun.of(dir, simulate);
            JsonNode phone = json.readTree(run.output()).path("channels").path("PHONE");
            java[r] = new double[] {run.seconds(), run.peakMiB(), run.cpuSeconds()};
            out.printf("run %d: simulate %.2f s (CPU %.2f s), %.0f MiB peak RSS (abandon rate %.4f, mean wait %.2f s)",
                    r + 1, run.seconds(), run.cpuSeconds(), run.peakMiB(), phone.path("abandonRate").asDouble(),
                    phone.path("meanWaitSeconds").asDouble());
            if (simpy) {
                MeasuredRun reference = MeasuredRun.of(dir, simPy);
                JsonNode result = json.readTree(reference.output());
                python[r] = new double[] {reference.seconds(), reference.peakMiB(), reference.cpuSeconds()};
                out.printf("; SimPy %.2f s (CPU %.2f s), %.0f MiB (abandon rate %.4f, mean wait %.2f s); %.1fx"
                        + " faster, %.2fx the memory", reference.seconds(), reference.cpuSeconds(),
                        reference.peakMiB(), result.path("abandonRate").asDouble(),
                        result.path("meanWaitSeconds").asDouble(), reference.seconds() / run.seconds(),
                        run.peakMiB() / reference.peakMiB());
            }
            out.println();
            out.flush();
        }
        ErlangA theory = ErlangA.of(PER_HOUR / 3600, AHT, PATIENCE, erlang.agents());
        out.printf("Erlang A: abandon rate %.4f, mean wait %.2f s%n", theory.probabilityOfAbandon(),
                theory.meanWaitSeconds());
        double javaSeconds = median(java, 0);
        double javaMiB = median(java, 1);
        out.printf("median of %d: simulate %.2f s wall (CPU %.2f s), %.0f MiB peak RSS", runs, javaSeconds,
                median(java, 2), javaMiB);
        if (simpy) {
            double pySeconds = median(python, 0);
            double pyMiB = median(python, 1);
            double[] speedups = new double[runs];
            for (int r = 0; r < runs; r++) {
                speedups[r] = python[r][0] / java[r][0];
            }
            Arrays.sort(speedups);
            out.printf("; SimPy %.2f s (CPU %.2f s), %.0f MiB; simulate is %.1fx faster (median of the paired"
                    + " ratios %.1fx; CPU time %.1fx less) with %.2fx SimPy's peak memory", pySeconds,
                    median(python, 2), pyMiB, pySeconds / javaSeconds, speedups[runs / 2],
                    median(python, 2) / median(java, 2), javaMiB / pyMiB);
        }
        out.println();
        out.flush();
    }

    private static double median(double[][] runs, int column) {
        double[] values = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
