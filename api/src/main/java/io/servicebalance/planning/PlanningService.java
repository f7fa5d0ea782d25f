package io.servicebalance.planning;

import io.servicebalance.contact.Channel;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.chart.ChartFormat;
import io.servicebalance.simulation.chart.ChartName;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.plan.CustomerValues;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanFiles;
import io.servicebalance.simulation.plan.PlanJson;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.timeline.SlaTargets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;

/**
 * Planning a scenario, the same for {@code plan}, {@code demo} and {@code POST /api/simulations}: check it (limits,
 * window), wait for the contact history read model, read the window, replay and price the grid, and render the
 * plan's files. The SLA the application is configured with ({@link SlaTargets}, the one the customer KPIs apply)
 * gives the targets a scenario leaves out. Adapters only say where progress goes and where the files end up.
 */
@Service
public class PlanningService {

    /** The cost chart's file name, which {@code report.md} links to. */
    public static final String COST_CHART = ChartName.COST_VS_SERVICE_LEVEL.fileName() + ".png";

    private final HistoryReader reader;
    private final SeededHistories seeded;
    private final SlaTargets sla;

    PlanningService(HistoryReader reader, SeededHistories seeded, SlaTargets sla) {
        this.reader = reader;
        this.seeded = seeded;
        this.sla = sla;
    }

    /**
     * Refuses a scenario that cannot be planned, naming every problem: over the limits (the grid is counted, never
     * expanded), a window outside the stored history (decided once the read model has caught up), or customer values
     * recorded in currencies the scenario gives no exchange rate for (any purchase of the history).
     *
     * @throws SimulationException listing the problems
     */
    public void check(Scenario scenario, PlanLimits limits) {
        List<String> problems = limits.problems(scenario);
        if (problems.isEmpty()) {
            Scenario.Window w = scenario.window();
            problems = new ArrayList<>(reader.windowProblems(w == null ? null : w.from(), w == null ? null : w.to()));
            problems.addAll(CustomerValues.currencyProblems(scenario, reader.currencies()));
        }
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
    }

    /** Waits, telling {@code waiting}, until the contact history holds every event stored now. */
    public void awaitHistory(ContactHistoryCatchUp.Listener waiting) {
        reader.awaitCaughtUp(waiting);
    }

    /**
     * Plans a scenario on the recorded history: waits (telling {@code waiting}) until the read model holds every event
     * stored now, checks the window, reads it and plans within {@code limits}, calling {@code step} after each
     * replication and asking {@code cancelled} before each.
     *
     * @throws SimulationException when the scenario cannot be planned on this history
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public PlanRun plan(Scenario scenario, PlanLimits limits, int workers, ContactHistoryCatchUp.Listener waiting,
                        Runnable step, BooleanSupplier cancelled) {
        List<String> refused = limits.problems(scenario);
        if (!refused.isEmpty()) {
            throw new SimulationException(refused);
        }
        reader.awaitCaughtUp(waiting);
        check(scenario, limits);
        Scenario.Window w = scenario.window();
        long reading = System.nanoTime();
        RecordedHistory history = reader.readCaughtUp(w == null ? null : w.from(), w == null ? null : w.to());
        long planning = System.nanoTime();
        Map<Channel, StaffingSchedule> staffing = seeded.latestStaffing().orElse(Map.of());
        Plan plan = Planner.plan(scenario, sla.agreement(), history, staffing, workers, limits, step, cancelled);
        return new PlanRun(plan, history.trace().size(), history.customers().size(), (planning - reading) / 1e9,
                (System.nanoTime() - planning) / 1e9);
    }

    /**
     * Writes every file of a plan into {@code dir}: {@code report.json} and the {@link #artifacts artifacts}, each
     * beside its final name first and then moved into place, so a crash never leaves half a file.
     */
    public static void write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<PlanArtifact> files = new ArrayList<>(artifacts(plan, ""));
        files.add(0, new PlanArtifact("report.json", "application/json", PlanJson.tree(plan).toPrettyString()
                .getBytes(StandardCharsets.UTF_8)));
        for (PlanArtifact file : files) {
            Path temporary = dir.resolve("." + file.name() + ".tmp");
            Files.write(temporary, file.content());
            Files.move(temporary, dir.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Every file of a plan but {@code report.json}: {@code results.csv}, every chart in PNG and SVG
     * ({@code name.ext}), {@code staffing.csv} and the {@code staffing} chart when staffing was optimised, and
     * {@code report.md}, whose link to the cost chart starts with {@code chartLinkPrefix}.
     */
    public static List<PlanArtifact> artifacts(Plan plan, String chartLinkPrefix) {
        List<PlanArtifact> files = new ArrayList<>();
        files.add(new PlanArtifact("results.csv", "text/csv", PlanFiles.csv(plan).getBytes(StandardCharsets.UTF_8)));
        for (ChartName chart : ChartName.values()) {
            for (ChartFormat format : ChartFormat.values()) {
                files.add(new PlanArtifact(chart.fileName() + "." + format.extension(), format.mediaType(),
                        PlanCharts.render(plan.result(), chart, format)));
            }
        }
        if (!plan.staffing().isEmpty()) {
            files.add(new PlanArtifact("staffing.csv", "text/csv", PlanFiles.staffingCsv(plan)
                    .getBytes(StandardCharsets.UTF_8)));
            for (ChartFormat format : ChartFormat.values()) {
                files.add(new PlanArtifact(PlanCharts.STAFFING + "." + format.extension(), format.mediaType(),
                        PlanCharts.renderStaffing(plan.staffing(), format)));
            }
        }
        files.add(new PlanArtifact("report.md", "text/markdown", PlanFiles.markdown(plan, chartLinkPrefix
                + COST_CHART).getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
