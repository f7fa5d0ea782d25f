package io.servicebalance.simulation;

import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Policies x replications on common random numbers: replication r of every policy uses the same patience draws.
 * Work items run on a fixed pool; each replication's outcomes go to the listener (on a worker thread) and are then
 * dropped, so memory holds only the figures.
 */
public final class Batch {

    /** Sees each finished replication, for costing or progress; called concurrently. */
    public interface Listener {
        Listener NONE = r -> { };

        void finished(Replication replication);

        /** Whether {@link #finished} reads each contact's outcome; when not, outcomes are not kept at all. */
        default boolean needsOutcomes() {
            return this != NONE;
        }

        /** A listener that needs only each replication's figures, not the outcome of every contact. */
        static Listener figuresOnly(Listener listener) {
            return new Listener() {
                @Override
                public void finished(Replication replication) {
                    listener.finished(replication);
                }

                @Override
                public boolean needsOutcomes() {
                    return false;
                }
            };
        }
    }

    private final Simulator simulator;
    private final List<Policy> policies;
    private final PatienceModel patience;
    private final long seed;
    private final int replications;

    public Batch(Simulator simulator, List<Policy> policies, PatienceModel patience, long seed, int replications) {
        List<String> problems = new ArrayList<>();
        if (replications < 1) {
            problems.add("replications must be at least 1");
        }
        policies.forEach(p -> simulator.problems(p).forEach(m -> problems.add(
                (policies.size() > 1 ? "policy " + p.name() + ": " : "") + m)));
        if (!problems.isEmpty()) {
            throw new SimulationException(problems.stream().distinct().toList());
        }
        this.simulator = simulator;
        this.policies = List.copyOf(policies);
        this.patience = patience;
        this.seed = seed;
        this.replications = replications;
    }

    public long size() {
        return (long) policies.size() * replications;
    }

    /** Runs everything and returns one result per policy, in the policies' order. */
    public List<SimulationResult> run(int threads, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Replication>> futures = new ArrayList<>();
            for (int p = 0; p < policies.size(); p++) {
                for (int r = 0; r < replications; r++) {
                    int policy = p;
                    int replication = r;
                    futures.add(pool.submit(() -> {
                        Replication done = simulator.replicate(policy, policies.get(policy), patience, seed,
                                replication, listener.needsOutcomes());
                        listener.finished(done);
                        return new Replication(policy, replication, done.channels(), null);
                    }));
                }
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs every replication without keeping outcomes: each goes to the listener and is dropped, so memory holds one
     * replication per worker. Workers take the next step from a counter; {@code cancelled} is asked before each step.
     *
     * @throws CancellationException when {@code cancelled} answered true; the steps already started finish first
     */
    public void runEach(int threads, Listener listener, BooleanSupplier cancelled) {
        runEach(0, size(), threads, listener, cancelled);
    }

    /**
     * As {@link #runEach(int, Listener, BooleanSupplier)}, for the steps {@code [first, end)} only (step = policy x
     * replications + replication): a part of the sweep another process may run, on the same random numbers.
     */
    public void runEach(long first, long end, int threads, Listener listener, BooleanSupplier cancelled) {
        if (first < 0 || end > size() || first > end) {
            throw new IllegalArgumentException("steps [" + first + ", " + end + ") lie outside [0, " + size() + ")");
        }
        long total = end;
        AtomicLong next = new AtomicLong(first);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Replication>> workers = new ArrayList<>();
            for (int w = 0; w < Math.max(1, threads); w++) {
                workers.add(pool.submit(() -> {
                    for (long step = next.getAndIncrement(); step < total; step = next.getAndIncrement()) {
                        if (cancelled.getAsBoolean()) {
                            next.set(total);
                            throw new CancellationException("the run was cancelled");
                        }
                        int policy = (int) (step / replications);
                        int replication = (int) (step % replications);
                        listener.finished(simulator.replicate(policy, policies.get(policy), patience, seed,
                                replication));
                    }
                    return null;
                }));
            }
            workers.forEach(Batch::await);
        } finally {
            next.set(total);
            pool.shutdownNow();
        }
    }

    private List<SimulationResult> collect(List<Future<Replication>> futures) {
        List<SimulationResult> results = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            List<Replication> done = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                done.add(await(futures.get(p * replications + r)));
            }
            results.add(SimulationResult.of(policies.get(p), seed, done));
        }
        return results;
    }

    private static Replication await(Future<Replication> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
