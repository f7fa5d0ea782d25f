package io.servicebalance.benchmarks.simulator;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.Batch;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.cli.PeakMemory;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.servicebalance.simulation.cli.ThreadsOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-simulator}: engine speed on an Erlang A trace measured with JMH (one replication on
 * one thread, beside a plain Java version), SimPy on the same model, and a sweep of policies x replications on every
 * core.
 */
@Command(name = "benchmark-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the simulation engine against a plain Java version and SimPy.",
            "JMH measures one replication of an Erlang A PHONE trace on one thread, for the engine and for a plain",
            "Java M/M/N+M on the same model (mean and 99.9% error over --forks JVMs x --iterations), then SimPy",
            "(when python3 with simpy is installed) once, the ratios, the wall time of policies x replications on",
            "all cores and peak memory."})
public class BenchmarkSimulatorCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ErlangTraceOptions erlang = new ErlangTraceOptions(1_000_000, 14);

    @Option(names = "--forks", paramLabel = "N", defaultValue = "3",
            description = "JMH forks, each a fresh JVM (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "JMH measurement iterations of one second per fork, after as many warm-up iterations"
                    + " (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--policies", paramLabel = "N", defaultValue = "40",
            description = "Policies in the sweep (default: ${DEFAULT-VALUE}).")
    int policies;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "10",
            description = "Replications per policy (default: ${DEFAULT-VALUE}).")
    int replications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--simpy-contacts", paramLabel = "N",
            description = "Contacts for SimPy (default: the same as --contacts; 0 skips it).")
    Integer simpyContacts;

    @Option(names = "--python", paramLabel = "COMMAND", defaultValue = "python3",
            description = "Python interpreter with simpy 3 for the SimPy column (default: ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double perHour = EngineBenchmarks.PER_HOUR;
        double aht = EngineBenchmarks.AHT_SECONDS;
        double patience = EngineBenchmarks.PATIENCE_SECONDS;
        Simulator simulator = new Simulator(EngineBenchmarks.trace(erlang.contacts()), ZoneOffset.UTC);
        PatienceModel model = new PatienceModel(Map.of(Channel.PHONE, patience));
        Policy policy = Policy.fifo("benchmark", Map.of(Channel.PHONE, StaffingSchedule.constant(erlang.agents())));
        out.printf("trace: %,d PHONE contacts, %.0f/h, AHT %.0f s, exponential patience %.0f s, %d agents (Erlang A)%n",
                erlang.contacts(), perHour, aht, patience, erlang.agents());
        Replication one = simulator.replicate(0, policy, model, 1, 0);
        Metrics m = one.channels().get(Channel.PHONE).total();
        double eventsPerContact = (m.offered() + m.answered() * 2.0 + m.abandoned()) / erlang.contacts();
        ErlangA theory = ErlangA.of(perHour / 3600, aht, patience, erlang.agents());
        out.printf("  abandon rate %.4f (Erlang A %.4f), mean wait %.2f s (Erlang A %.2f s)%n", m.abandonRate(),
                theory.probabilityOfAbandon(), m.meanWaitSeconds(), theory.meanWaitSeconds());
        out.printf("JMH: %d forks x %d iterations (after %d warm-up iterations), 1 thread; mean +- 99.9%% error%n",
                forks, iterations, iterations);
        out.flush();
        JmhRuns.Score engine = JmhRuns.measure("engine", erlang.contacts(), erlang.agents(), forks, iterations);
        out.printf("engine, 1 replication: %s: %,.0f contacts/s, %,.0f events/s (arrivals, answers, completions,"
                + " abandons)%n", engine, erlang.contacts() / engine.seconds(),
                erlang.contacts() * eventsPerContact / engine.seconds());
        out.flush();
        JmhRuns.Score plain = JmhRuns.measure("plainJava", erlang.contacts(), erlang.agents(), forks, iterations);
        out.printf("plain Java M/M/N+M (PriorityQueue of event objects): %s: %,.0f contacts/s; engine is %.1fx"
                + " faster%n", plain, erlang.contacts() / plain.seconds(), plain.seconds() / engine.seconds());
        out.flush();
        simpy(out, engine.seconds(), perHour, aht, patience);
        sweep(out, simulator, model);
        out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                PeakMemory.residentPeak());
        return 0;
    }

    private void simpy(PrintWriter out, double engineSeconds, double perHour, double aht, double patience) {
        int simpy = simpyContacts == null ? erlang.contacts() : simpyContacts;
        if (simpy <= 0) {
            return;
        }
        SimPy.run(python, simpy, perHour, aht, patience, erlang.agents()).ifPresentOrElse(r -> out.printf(
                "SimPy %s M/M/N+M, %,d contacts, one run: %.3f s, %,.0f contacts/s, abandon rate %.4f, mean wait"
                        + " %.2f s; engine is %.0fx faster%n", r.version(), simpy, r.seconds(), simpy / r.seconds(),
                r.abandonRate(), r.meanWait(), (erlang.contacts() / engineSeconds) / (simpy / r.seconds())),
                () -> out.println("SimPy: not run (needs " + python + " with simpy 3, e.g. Debian's python3-simpy3)"));
        out.flush();
    }

    private void sweep(PrintWriter out, Simulator simulator, PatienceModel model) {
        List<Policy> grid = new ArrayList<>();
        Discipline[] rules = Discipline.values();
        for (int p = 0; p < policies; p++) {
            int staff = erlang.agents() - 5 + p / rules.length;
            grid.add(Policy.fifo("p" + p, Map.of(Channel.PHONE, StaffingSchedule.constant(Math.max(1, staff))))
                    .withDiscipline(rules[p % rules.length]));
        }
        int workers = threads.workers(spec);
        Batch batch = new Batch(simulator, grid, model, 1, replications);
        long t0 = System.nanoTime();
        try (Progress progress = Progress.of("sweep", batch.size(), (long) batch.size() * erlang.contacts())) {
            batch.run(workers, r -> progress.step());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("sweep: %d policies x %d replications on %d threads: %.1f s wall, %,.0f contacts/s%n", policies,
                replications, workers, seconds, (double) policies * replications * erlang.contacts() / seconds);
    }
}
