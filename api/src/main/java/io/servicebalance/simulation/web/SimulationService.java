package io.servicebalance.simulation.web;

import io.servicebalance.planning.PlanArtifact;
import io.servicebalance.planning.PlanningService;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes submitted scenarios: checks them, queues them in the database (at most {@code queue-capacity} waiting, over
 * all nodes) and cancels them. Any node's {@link SweepWorker} starts a queued run, splits its sweep into jobs that
 * every node runs, and stores the report, results.csv and every chart ({@link #store}). Only the node holding a run's
 * claim ({@code work_claim}, kind {@value #KIND}) may finish or fail it; a dead node's runs and jobs are taken over
 * once its lease has expired, never a live node's.
 */
@Service
@EnableConfigurationProperties(PlanningProperties.class)
class SimulationService {

    /** The kind of this service's claims in {@code work_claim}. */
    static final String KIND = "simulation";
    /** Serialises admissions over all nodes, so concurrent submissions never overfill the queue. */
    private static final long QUEUE_LOCK = 0x5B_51_4D_51L;
    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

    private final SimulationRuns runs;
    private final PlanningService planning;
    private final PlanningProperties properties;
    private final PlanLimits limits;
    private final WorkClaims claims;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SimulationService(SimulationRuns runs, PlanningService planning, PlanningProperties properties, WorkClaims claims,
                      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.planning = planning;
        this.properties = properties;
        this.limits = properties.limits();
        this.claims = claims;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
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
        boolean admitted = Boolean.TRUE.equals(transactions.execute(tx -> {
            jdbc.execute("SELECT pg_advisory_xact_lock(" + QUEUE_LOCK + ")");
            if (runs.queued() >= properties.queueCapacityOrDefault()) {
                return false;
            }
            runs.queue(id, ScenarioFile.write(scenario), steps);
            claims.offer(KIND, id.toString());
            return true;
        }));
        if (!admitted) {
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
        if (runs.cancel(id)) {
            claims.withdraw(SweepJobs.KIND, SweepJobs.prefix(id));
            claims.withdraw(KIND, id.toString());
        }
        return runs.find(id).map(SimulationRuns.Run::status);
    }

    /** Stores a finished run's results; false when another node took the run over or it was cancelled meanwhile. */
    boolean store(UUID id, Plan plan) {
        List<PlanArtifact> files = PlanningService.artifacts(plan, "charts/");
        if (!runs.succeeded(id, claims.node(), PlanJson.tree(plan).toString(),
                files.stream().map(PlanArtifact::name).toList(), files.stream().map(PlanArtifact::mediaType).toList(),
                files.stream().map(PlanArtifact::content).toList())) {
            LOG.warn("simulation {} finished after another node took it over; its results are dropped", id);
            return false;
        }
        return true;
    }
}
