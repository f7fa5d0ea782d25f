package io.servicebalance.simulation.web;

import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.planning.PlanArtifact;
import io.servicebalance.planning.PlanningService;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.plan.GridSize;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.work.WorkClaims;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs submitted scenarios in the background through a bounded {@link SimulationQueue}: the REST adapter over
 * {@link PlanningService}, which reads the history (never writes events) and plans within the {@link PlanLimits};
 * this stores the report, results.csv and every chart. Progress is saved as replications finish; a run cancelled
 * meanwhile stops at its next replication.
 * <p>
 * This node claims each run it accepts ({@code work_claim}, kind {@value #KIND}) and only the owner may finish or fail
 * it: a second server or a {@code trace} on the same database never touches a live node's runs; runs whose owner
 * stopped (or was killed) are marked failed, once its lease has expired, by whichever node notices first.
 */
@Service
@EnableConfigurationProperties(PlanningProperties.class)
class SimulationService {

    /** The kind of this service's claims in {@code work_claim}. */
    static final String KIND = "simulation";
    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

    private final SimulationRuns runs;
    private final PlanningService planning;
    private final SimulationQueue queue;
    private final PlanningProperties properties;
    private final PlanLimits limits;
    private final WorkClaims claims;
    private final TransactionTemplate transactions;

    SimulationService(SimulationRuns runs, PlanningService planning, SimulationQueue queue,
                      PlanningProperties properties, WorkClaims claims, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.planning = planning;
        this.queue = queue;
        this.properties = properties;
        this.limits = properties.limits();
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactions);
        claims.onAbandoned(KIND, id -> runs.failed(UUID.fromString(id), "interrupted: the node running it stopped;"
                + " submit the scenario again", claims.node()));
        claims.recoverAbandoned();
    }

    /**
     * Checks the scenario (every problem at once; the grid's size is counted, never expanded here) and queues it;
     * nothing is stored when it is rejected.
     *
     * @throws QueueFull when the queue holds as many waiting runs as it may
     */
    UUID submit(String json) {
        Scenario scenario = ScenarioFile.parse(json);
        planning.check(scenario, limits);
        UUID id = UUID.randomUUID();
        long steps = GridSize.of(scenario).steps();
        Runnable admitted = () -> transactions.executeWithoutResult(tx -> {
            runs.queue(id, ScenarioFile.write(scenario), steps);
            claims.claimNew(KIND, id.toString());
        });
        if (!queue.offer(id, admitted, t -> run(t, scenario, steps))) {
            throw new QueueFull(properties.queueCapacityOrDefault(), properties.retryAfterOrDefault());
        }
        return id;
    }

    /**
     * Cancels a queued or running simulation: a queued one never starts, a running one stops at its next replication.
     *
     * @return the run's status afterwards (CANCELLED, or SUCCEEDED or FAILED when it had already finished); empty
     *         for an unknown id
     */
    Optional<String> cancel(UUID id) {
        Optional<SimulationRuns.Run> run = runs.find(id);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        runs.cancel(id);
        queue.cancel(id);
        claims.release(KIND, id.toString());
        return runs.find(id).map(SimulationRuns.Run::status);
    }

    private void run(SimulationQueue.Ticket ticket, Scenario scenario, long steps) {
        UUID id = ticket.id();
        try {
            if (!runs.running(id)) {
                return;
            }
            AtomicLong done = new AtomicLong();
            long every = Math.max(1, steps / 50);
            Plan plan = planning.plan(scenario, limits, Runtime.getRuntime().availableProcessors(),
                    new CatchUpLog(id), () -> {
                        long n = done.incrementAndGet();
                        if (n % every == 0 && !runs.progress(id, n)) {
                            ticket.cancel();
                        }
                    }, ticket::cancelled).plan();
            store(id, plan);
        } catch (CancellationException e) {
            LOG.info("simulation {} cancelled", id);
        } catch (SimulationException | IllegalArgumentException e) {
            runs.failed(id, e.getMessage(), claims.node());
        } catch (RuntimeException e) {
            LOG.error("simulation {} failed", id, e);
            runs.failed(id, "the simulation failed: " + e.getMessage(), claims.node());
        } finally {
            claims.release(KIND, id.toString());
        }
    }

    /** Says in the log that a run waits for the contact history, and how far it has come. */
    private record CatchUpLog(UUID id) implements ContactHistoryCatchUp.Listener {
        @Override
        public void waiting(Lag lag, java.time.Duration limit) {
            LOG.info("simulation {} waits up to {} s for the contact history read model, {} events behind the event"
                    + " store", id, limit.toSeconds(), lag.behind());
        }

        @Override
        public void progress(Lag lag) {
            LOG.debug("simulation {}: contact history at {} of {}", id, lag.processed(), lag.head());
        }
    }

    private void store(UUID id, Plan plan) {
        List<PlanArtifact> files = PlanningService.artifacts(plan, "charts/");
        if (!runs.succeeded(id, claims.node(), PlanJson.tree(plan).toString(),
                files.stream().map(PlanArtifact::name).toList(), files.stream().map(PlanArtifact::mediaType).toList(),
                files.stream().map(PlanArtifact::content).toList())) {
            LOG.warn("simulation {} finished after another node took it over; its results are dropped", id);
        }
    }
}
