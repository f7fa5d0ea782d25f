package io.servicebalance.simulation.cli;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.Batch;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.SyntheticTrace;
import io.servicebalance.simulation.trace.Trace;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance benchmark-simulator}: engine speed on an Erlang A trace, one replication on one thread and a
 * sweep of policies x replications on every core, beside a plain Java version and SimPy on the same model.
 */
@Command(name = "benchmark-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the simulation engine against a plain Java version and SimPy.",
            "Contacts and events per second for one replication of an Erlang A PHONE trace on one thread, wall time",
            "of policies x replications on all cores, peak memory; in the same run a plain Java M/M/N+M and (when",
            "python3-simpy3 is installed) SimPy on the same model, and the ratios."})
public class BenchmarkSimulatorCommand implements Callable<Integer> {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "1000000",
            description = "Contacts in the trace (default: ${DEFAULT-VALUE}).")
    int contacts;

    @Option(names = "--agents", paramLabel = "N", defaultValue = "14",
            description = "PHONE agents (default: ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--policies", paramLabel = "N", defaultValue = "40",
            description = "Policies in the sweep (default: ${DEFAULT-VALUE}).")
    int policies;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "10",
            description = "Replications per policy (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the sweep (default: all cores).")
    Integer threads;

    @Option(names = "--simpy-contacts", paramLabel = "N",
            description = "Contacts for SimPy (default: the same as --contacts; 0 skips it).")
    Integer simpyContacts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double perHour = 200;
        double aht = 180;
        double patience = 300;
        Trace trace = new SyntheticTrace(Channel.PHONE, perHour, aht, null, new double[] {0.2, 0.5, 0.2, 0.1})
                .trace(contacts, START, 1);
        Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
        PatienceModel model = new PatienceModel(Map.of(Channel.PHONE, patience));
        Policy policy = Policy.fifo("benchmark", Map.of(Channel.PHONE, StaffingSchedule.constant(agents)));
        out.printf("trace: %,d PHONE contacts, %.0f/h, AHT %.0f s, exponential patience %.0f s, %d agents (Erlang A)%n",
                contacts, perHour, aht, patience, agents);
        simulator.replicate(0, policy, model, 99, 0);
        long t0 = System.nanoTime();
        Replication one = simulator.replicate(0, policy, model, 1, 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Metrics m = one.channels().get(Channel.PHONE).total();
        double events = m.offered() + m.answered() * 2 + m.abandoned();
        ErlangA theory = ErlangA.of(perHour / 3600, aht, patience, agents);
        out.printf("engine, 1 replication, 1 thread: %.3f s, %,.0f contacts/s, %,.0f events/s"
                        + " (arrivals, answers, completions, abandons)%n", seconds, contacts / seconds,
                events / seconds);
        out.printf("  abandon rate %.4f (Erlang A %.4f), mean wait %.2f s (Erlang A %.2f s)%n", m.abandonRate(),
                theory.probabilityOfAbandon(), m.meanWaitSeconds(), theory.meanWaitSeconds());
        baselines(out, seconds, perHour, aht, patience);
        sweep(out, simulator, model);
        out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                PeakMemory.residentPeak());
        return 0;
    }

    private void baselines(PrintWriter out, double engineSeconds, double perHour, double aht, double patience) {
        NaiveQueue.run(contacts / 10, perHour, aht, patience, agents, 98);
        long t0 = System.nanoTime();
        double[] naive = NaiveQueue.run(contacts, perHour, aht, patience, agents, 3);
        double naiveSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("plain Java M/M/N+M (PriorityQueue of event objects): %.3f s, %,.0f contacts/s, abandon rate %.4f,"
                + " mean wait %.2f s; engine is %.1fx faster%n", naiveSeconds, contacts / naiveSeconds, naive[0],
                naive[1], naiveSeconds / engineSeconds);
        int simpy = simpyContacts == null ? contacts : simpyContacts;
        if (simpy > 0) {
            SimPy.run(simpy, perHour, aht, patience, agents).ifPresentOrElse(r -> out.printf(
                    "SimPy %s M/M/N+M, %,d contacts: %.3f s, %,.0f contacts/s, abandon rate %.4f, mean wait %.2f s;"
                            + " engine is %.0fx faster%n", r.version(), simpy, r.seconds(), simpy / r.seconds(),
                    r.abandonRate(), r.meanWait(), (contacts / engineSeconds) / (simpy / r.seconds())),
                    () -> out.println("SimPy: not run (needs /usr/bin/python3 with python3-simpy3 and bench/"
                            + "mmnm_simpy.py)"));
        }
    }

    private void sweep(PrintWriter out, Simulator simulator, PatienceModel model) {
        List<Policy> grid = new ArrayList<>();
        Discipline[] rules = Discipline.values();
        for (int p = 0; p < policies; p++) {
            int staff = agents - 5 + p / rules.length;
            grid.add(Policy.fifo("p" + p, Map.of(Channel.PHONE, StaffingSchedule.constant(Math.max(1, staff))))
                    .withDiscipline(rules[p % rules.length]));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Batch batch = new Batch(simulator, grid, model, 1, replications);
        long t0 = System.nanoTime();
        try (Progress progress = Progress.of("sweep", batch.size(), (long) batch.size() * contacts)) {
            batch.run(workers, r -> progress.step());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("sweep: %d policies x %d replications on %d threads: %.1f s wall, %,.0f contacts/s%n", policies,
                replications, workers, seconds, (double) policies * replications * contacts / seconds);
    }
}
