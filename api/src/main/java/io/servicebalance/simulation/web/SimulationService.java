package io.servicebalance.simulation.web;

import io.servicebalance.contact.Channel;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag.Lag;
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

/**
 * Runs submitted scenarios one at a time in the background: reads the history (never writes events), plans, and
 * stores the report, results.csv and every chart. Progress is saved as replications finish.
 */
@Service
class SimulationService implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

    private final SimulationRuns runs;
    private final HistoryReader reader;
    private final SeededHistories seeded;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "simulations"));

    SimulationService(SimulationRuns runs, HistoryReader reader, SeededHistories seeded) {
        this.runs = runs;
        this.reader = reader;
        this.seeded = seeded;
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} simulation(s) were interrupted by a restart and are marked failed", interrupted);
        }
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
        runs.queue(id, ScenarioFile.write(scenario), PlanReport.replicationsOf(scenario));
        worker.submit(() -> run(id, scenario));
        return id;
    }

    private void run(UUID id, Scenario scenario) {
        try {
            runs.running(id);
            Scenario.Window w = scenario.window();
            RecordedHistory history = reader.read(w == null ? null : w.from(), w == null ? null : w.to(),
                    new CatchUpLog(id));
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
            runs.failed(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("simulation {} failed", id, e);
            runs.failed(id, "the simulation failed: " + e.getMessage());
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
        runs.succeeded(id, PlanJson.tree(plan).toString(), names, types, contents);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
