package io.servicebalance.simulation.web;

import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.web.PreparedSweeps.Prepared;
import io.servicebalance.simulation.web.SweepJobs.Job;
import io.servicebalance.simulation.web.SweepJobs.Progress;
import io.servicebalance.work.WorkClaims;
import io.servicebalance.work.WorkLoop;
import io.servicebalance.work.WorkProperties;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's share of the simulations of every node on the database, on one thread: it merges the runs it
 * coordinates once their jobs are done, else runs the oldest job nobody holds (of any run, so a started sweep finishes
 * before the next starts), else starts the oldest queued run: reads its history, splits its sweep into jobs and offers
 * them. Work whose node died (lease expired) is claimed like queued work, so a dead node's run is finished by another
 * on the same figures. A stopping node releases nothing: its work is taken over one lease later, as if it had been
 * killed. Servers only: a command-line process never takes work.
 */
@Component
@ConditionalOnWebApplication
class SweepWorker extends WorkLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SweepWorker.class);

    private final SimulationRuns runs;
    private final SweepJobs jobs;
    private final PreparedSweeps sweeps;
    private final SimulationService service;
    private final WorkClaims claims;
    private final int sweepJobs;
    private final TransactionTemplate transactions;
    private final SweepJobRun jobRun;
    /** Runs whose jobs this node cannot run (it reads another history, or cannot hold the sweep). */
    private final Set<String> skipped = ConcurrentHashMap.newKeySet();

    SweepWorker(SimulationRuns runs, SweepJobs jobs, PreparedSweeps sweeps, SimulationService service,
                WorkClaims claims, WorkProperties properties, PlatformTransactionManager transactions) {
        super("sweep-worker", properties.poll());
        this.runs = runs;
        this.jobs = jobs;
        this.sweeps = sweeps;
        this.service = service;
        this.claims = claims;
        this.sweepJobs = properties.sweepJobs();
        this.transactions = new TransactionTemplate(transactions);
        this.jobRun = new SweepJobRun(runs, jobs, claims, this::stopping);
    }

    @Override
    protected boolean step() {
        boolean merged = mergeFinished();
        Optional<String> job = claims.claimNext(SweepJobs.KIND, skipped);
        if (job.isPresent()) {
            runJob(job.get());
            return true;
        }
        Optional<String> run = claims.claimNext(SimulationService.KIND);
        if (run.isPresent()) {
            coordinate(UUID.fromString(run.get()));
            return true;
        }
        return merged;
    }

    /** Finishes (or fails) the runs this node coordinates whose jobs are all done, or one of which failed. */
    private boolean mergeFinished() {
        boolean any = false;
        for (String id : claims.mine(SimulationService.KIND)) {
            UUID run = UUID.fromString(id);
            String status = runs.find(run).map(SimulationRuns.Run::status).orElse("GONE");
            Progress progress = jobs.progress(run);
            if (!status.equals("RUNNING")) {
                finish(run);
            } else if (progress.error() != null) {
                runs.failed(run, progress.error(), claims.node());
                finish(run);
            } else if (progress.complete()) {
                merge(run);
                any = true;
            }
        }
        return any;
    }

    private void merge(UUID run) {
        try {
            Prepared prepared = sweeps.prepare(run, runs.scenario(run).orElseThrow()[0]);
            service.store(run, prepared.sweep().plan(jobs.figures(run, prepared.sweep().steps()), () -> false));
            LOG.info("simulation {} merged by {}: {}", run, claims.node(), jobs.work(run));
        } catch (RuntimeException e) {
            if (stopping()) {
                return;
            }
            LOG.error("simulation {} failed", run, e);
            runs.failed(run, "the simulation failed: " + e.getMessage(), claims.node());
        }
        finish(run);
    }

    private void finish(UUID run) {
        claims.release(SimulationService.KIND, run.toString());
        sweeps.forget(run);
    }

    /**
     * Starts a queued run, or resumes one whose coordinator died: the jobs it split stay (with their figures) when this
     * node reads the same history; otherwise the sweep is split again.
     */
    private void coordinate(UUID run) {
        String[] row = runs.scenario(run).orElse(null);
        if (row == null) {
            claims.release(SimulationService.KIND, run.toString());
            return;
        }
        Prepared prepared;
        try {
            prepared = sweeps.prepare(run, row[0]);
        } catch (SimulationException | IllegalArgumentException e) {
            runs.failed(run, e.getMessage(), claims.node());
            finish(run);
            return;
        } catch (RuntimeException e) {
            if (stopping()) {
                return; // the run stays claimed and is taken over one lease later
            }
            LOG.error("simulation {} failed", run, e);
            runs.failed(run, "the simulation failed: " + e.getMessage(), claims.node());
            finish(run);
            return;
        }
        boolean keep = prepared.fingerprint().equals(row[1]);
        if (keep) {
            LOG.warn("simulation {} was left by a node that stopped; {} takes it over", run, claims.node());
        }
        if (!runs.start(run, keep ? jobs.progress(run).stepsFinished() : 0, claims.node())) {
            finish(run);
            return;
        }
        if (!keep) {
            transactions.executeWithoutResult(tx -> {
                jobs.drop(run);
                claims.withdraw(SweepJobs.KIND, SweepJobs.prefix(run));
                runs.splitOn(run, prepared.fingerprint(), prepared.sweep().optimisedStaffing(), claims.node());
                claims.offerAll(SweepJobs.KIND, jobs.split(run, prepared.sweep().steps(), sweepJobs)
                        .stream().map(j -> SweepJobs.workId(run, j.job())).toList());
            });
        }
    }

    private void runJob(String workId) {
        Job job = jobs.find(workId).orElse(null);
        String[] row = job == null ? null : runs.scenario(job.run()).orElse(null);
        boolean running = job != null && runs.find(job.run()).map(r -> r.status().equals("RUNNING")).orElse(false);
        if (row == null || !running) {
            claims.release(SweepJobs.KIND, workId);
            return;
        }
        Prepared prepared;
        try {
            prepared = sweeps.prepare(job.run(), row[0]);
        } catch (RuntimeException e) {
            leave(job, workId, "cannot prepare its sweep here: " + e.getMessage());
            return;
        }
        if (!prepared.fingerprint().equals(row[1])) {
            leave(job, workId, "reads another history than the node that split it");
            return;
        }
        jobRun.run(job, workId, prepared.sweep());
    }

    /** Hands a job back for other nodes and skips its run's jobs from now on. */
    private void leave(Job job, String workId, String why) {
        LOG.warn("{} leaves the jobs of simulation {}: it {}", claims.node(), job.run(), why);
        skipped.add(SweepJobs.prefix(job.run()));
        sweeps.forget(job.run());
        claims.giveBack(SweepJobs.KIND, workId);
    }
}
