package io.servicebalance.simulation.web;

import io.servicebalance.simulation.plan.Sweep;
import io.servicebalance.simulation.web.SweepJobs.Job;
import io.servicebalance.work.WorkClaims;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job of a sweep on this node: its steps on every core, progress added to the run about twice a second (a
 * cancelled run stops the job at its next step), and its figures stored only while this node still holds the job.
 */
final class SweepJobRun {

    private static final Logger LOG = LoggerFactory.getLogger(SweepJobRun.class);
    private static final long FLUSH_NANOS = 500_000_000L;

    private final SimulationRuns runs;
    private final SweepJobs jobs;
    private final WorkClaims claims;
    private final BooleanSupplier stopping;

    SweepJobRun(SimulationRuns runs, SweepJobs jobs, WorkClaims claims, BooleanSupplier stopping) {
        this.runs = runs;
        this.jobs = jobs;
        this.claims = claims;
        this.stopping = stopping;
    }

    void run(Job job, String workId, Sweep sweep) {
        byte[][] figures = new byte[(int) (job.end() - job.first())][];
        AtomicLong pending = new AtomicLong();
        AtomicLong flushed = new AtomicLong(System.nanoTime());
        boolean[] cancelled = {false};
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        try {
            sweep.run(job.first(), job.end(), PreparedSweeps.threads(), (step, f) -> {
                figures[(int) (step - job.first())] = f;
                pending.incrementAndGet();
                long last = flushed.get();
                if (System.nanoTime() - last > FLUSH_NANOS && flushed.compareAndSet(last, System.nanoTime())
                        && !runs.advance(job.run(), pending.getAndSet(0))) {
                    cancelled[0] = true;
                }
            }, () -> cancelled[0] || stopping.getAsBoolean());
        } catch (CancellationException e) {
            if (!stopping.getAsBoolean()) {
                claims.release(SweepJobs.KIND, workId);
            }
            return;
        } catch (RuntimeException e) {
            if (stopping.getAsBoolean()) {
                // A stopping node's failure is its shutdown's (pool closing, threads stopping), not the job's: the
                // job stays claimed and is taken over one lease later, as if the node had been killed.
                LOG.info("job {} of simulation {} left to another node: this node is stopping", job.job(), job.run());
                return;
            }
            LOG.error("job {} of simulation {} failed", job.job(), job.run(), e);
            jobs.fail(job, claims.node(), "the simulation failed: " + e.getMessage());
            claims.release(SweepJobs.KIND, workId);
            return;
        }
        runs.advance(job.run(), pending.getAndSet(0));
        if (!jobs.finish(job, claims.node(), figures, (cpuNanos() - cpu) / 1_000_000,
                (System.nanoTime() - wall) / 1_000_000)) {
            LOG.warn("job {} of simulation {} finished after another node took it over; its figures are dropped",
                    job.job(), job.run());
        }
        claims.release(SweepJobs.KIND, workId);
    }

    /** CPU time of this whole process (the job's threads and everything else it does meanwhile). */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
