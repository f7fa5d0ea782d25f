package io.servicebalance.launcher;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanReport;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.plan.PlanLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code servicebalance plan}: replays the recorded history under a scenario's grid and writes the report. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay the recorded history under a scenario's grid of policies and find the balance point.",
            "Writes report.json, results.csv, report.md and the charts (PNG and SVG) into --out, and staffing.csv",
            "with a staffing chart when the scenario optimises staffing per interval. Reads the event",
            "store; never writes to it. The scenario format is in docs/planning.md."})
class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario JSON file.")
    Path scenario;

    @Mixin
    PlanRunOptions run;

    @Option(names = "--max-policies", paramLabel = "N", description = "Largest grid accepted, in policies (default:"
            + " the server's, 2,000).")
    Long maxPolicies;

    @Option(names = "--max-replications", paramLabel = "N", description = "Most replications per policy (default:"
            + " 1,000).")
    Integer maxReplications;

    @Option(names = "--max-steps", paramLabel = "N", description = "Most policies x replications, the historical"
            + " policy included (default: 200,000).")
    Long maxSteps;

    @Option(names = "--memory-budget", paramLabel = "MIB", description = "Estimated heap a plan may need, in MiB"
            + " (default: half the maximum heap).")
    Long memoryBudgetMib;

    @Override
    public Integer call() throws Exception {
        int workers = run.workers(spec);
        Scenario parsed = ScenarioFile.read(scenario);
        PlanLimits limits = limits();
        List<String> problems = limits.problems(parsed);
        if (!problems.isEmpty()) {
            throw new SimulationException(problems.stream().map(p -> p.replaceAll("\\((max-[a-z]+|memory-budget)\\)",
                    "(--$1)")).toList());
        }
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            Planning planning = new Planning(context, spec.commandLine().getOut(), workers, limits);
            planning.run(parsed, run.directory());
        }
        return 0;
    }

    private PlanLimits limits() {
        PlanLimits d = PlanLimits.DEFAULTS;
        return new PlanLimits(maxPolicies == null ? d.maxPolicies() : maxPolicies,
                maxReplications == null ? d.maxReplications() : maxReplications,
                maxSteps == null ? d.maxSteps() : maxSteps,
                memoryBudgetMib == null ? d.memoryBudgetBytes() : memoryBudgetMib << 20);
    }

    /** Reading the history, planning and writing the files, shared with {@code demo}. */
    record Planning(ConfigurableApplicationContext context, PrintWriter out, int workers, PlanLimits limits) {

        Planning(ConfigurableApplicationContext context, PrintWriter out, int workers) {
            this(context, out, workers, PlanLimits.DEFAULTS);
        }

        Plan run(Scenario scenario, Path dir) throws Exception {
            List<String> refused = limits.problems(scenario);
            if (!refused.isEmpty()) {
                throw new SimulationException(refused);
            }
            Scenario.Window w = scenario.window();
            HistoryReader reader = context.getBean(HistoryReader.class);
            try (CatchUpProgress waiting = new CatchUpProgress(new PrintWriter(System.err, true))) {
                reader.awaitCaughtUp(waiting);
            }
            List<String> problems = reader.windowProblems(w == null ? null : w.from(), w == null ? null : w.to());
            if (!problems.isEmpty()) {
                throw new SimulationException(problems);
            }
            long reading = System.nanoTime();
            RecordedHistory history = reader.readCaughtUp(w == null ? null : w.from(), w == null ? null : w.to());
            double read = (System.nanoTime() - reading) / 1e9;
            Map<io.servicebalance.contact.Channel, io.servicebalance.simulation.policy.StaffingSchedule> seeded =
                    context.getBean(SeededHistories.class).latestStaffing().orElse(Map.of());
            long runs = PlanReport.replicationsOf(scenario);
            Plan plan;
            try (Progress progress = Progress.always("plan", runs)) {
                plan = Planner.plan(scenario, history, seeded, workers, limits, progress::step, () -> false);
            }
            PlanReport.write(plan, dir);
            PlanCharts.writeAll(plan.result(), dir);
            PlanCharts.writeStaffing(plan.staffing(), dir);
            out.printf("read %,d contacts of %,d customers from the contact history in %.2f s; %d policies x %d"
                    + " replications in %.1f s%n", history.trace().size(), history.customers().size(), read,
                    plan.result().policies().size(), plan.result().replications(),
                    (System.nanoTime() - reading) / 1e9 - read);
            out.println(PlanReport.summary(plan, dir));
            out.flush();
            return plan;
        }
    }
}
