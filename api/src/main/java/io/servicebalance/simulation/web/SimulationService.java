package io.servicebalance.simulation.web;

import io.servicebalance.contact.Channel;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.chart.ChartFormat;
import io.servicebalance.simulation.chart.ChartName;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanFiles;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanReport;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.work.WorkClaims;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs submitted scenarios one at a time in the background: reads the history (never writes events), plans, and
 * stores the report, results.csv and every chart. Progress is saved as replications finish.
 * <p>
 * This node claims each run it accepts ({@code work_claim}, kind {@value #KIND}) and only the owner may finish or fail
 * it: a second server or a {@code trace} on the same database never touches a live node's runs; runs whose owner
 * stopped (or was killed) are marked failed, once its lease has expired, by whichever node notices first.
 */
@Service
class SimulationService implements DisposableBean {

    /** The kind of this service's claims in {@code work_claim}. */
    static final String KIND = "simulation";
    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

    private final SimulationRuns runs;
    private final HistoryReader reader;
    private final SeededHistories seeded;
    private final WorkClaims claims;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "simulations"));

    SimulationService(SimulationRuns runs, HistoryReader reader, SeededHistories seeded, WorkClaims claims,
                      PlatformTransactionManager transactions) {
        this.runs = runs;
        this.reader = reader;
        this.seeded = seeded;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactions);
        claims.onAbandoned(KIND, id -> runs.failed(UUID.fromString(id), "interrupted: the node running it stopped;"
                + " submit the scenario again", claims.node()));
        claims.recoverAbandoned();
    }

    /** Checks the scenario (every problem at once) and queues it; nothing is stored when it is rejected. */
    UUID submit(String json) {
        Scenario scenario = ScenarioFile.parse(json);
        Scenario.Window w = scenario.window();
        List<String> problems = reader.windowProblems(w == null ? null : w.from(), w == null ? null : w.to());
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            runs.queue(id, ScenarioFile.write(scenario), PlanReport.replicationsOf(scenario));
            claims.claimNew(KIND, id.toString());
        });
        worker.submit(() -> run(id, scenario));
        return id;
    }

    private void run(UUID id, Scenario scenario) {
        try {
            runs.running(id);
            Scenario.Window w = scenario.window();
            RecordedHistory history = reader.read(w == null ? null : w.from(), w == null ? null : w.to());
            Map<Channel, StaffingSchedule> staffing = seeded.latestStaffing().orElse(Map.of());
            AtomicInteger done = new AtomicInteger();
            int every = Math.max(1, PlanReport.replicationsOf(scenario) / 50);
            Plan plan = Planner.plan(scenario, history, staffing, Runtime.getRuntime().availableProcessors(), () -> {
                int n = done.incrementAndGet();
                if (n % every == 0) {
                    runs.progress(id, n);
                }
            });
            store(id, plan);
        } catch (SimulationException | IllegalArgumentException e) {
            runs.failed(id, e.getMessage(), claims.node());
        } catch (RuntimeException e) {
            LOG.error("simulation {} failed", id, e);
            runs.failed(id, "the simulation failed: " + e.getMessage(), claims.node());
        } finally {
            claims.release(KIND, id.toString());
        }
    }

    private void store(UUID id, Plan plan) {
        List<String> names = new ArrayList<>(List.of("results.csv"));
        List<String> types = new ArrayList<>(List.of("text/csv"));
        List<byte[]> contents = new ArrayList<>(List.of(PlanFiles.csv(plan).getBytes(StandardCharsets.UTF_8)));
        for (ChartName chart : ChartName.values()) {
            for (ChartFormat format : ChartFormat.values()) {
                names.add(chart.fileName() + "." + format.extension());
                types.add(format.mediaType());
                contents.add(PlanCharts.render(plan.result(), chart, format));
            }
        }
        if (!runs.succeeded(id, claims.node(), PlanJson.tree(plan).toString(), names, types, contents)) {
            LOG.warn("simulation {} finished after another node took it over; its results are dropped", id);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
