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
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Writes report.json, results.csv, report.md and the charts (PNG and SVG) into --out. Reads the event",
            "store; never writes to it. The scenario format is in docs/planning.md."})
class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario JSON file.")
    Path scenario;

    @Mixin
    PlanRunOptions run;

    @Override
    public Integer call() throws Exception {
        int workers = run.workers(spec);
        Scenario parsed = ScenarioFile.read(scenario);
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            Planning planning = new Planning(context, spec.commandLine().getOut(), workers);
            planning.run(parsed, run.directory());
        }
        return 0;
    }

    /** Reading the history, planning and writing the files, shared with {@code demo}. */
    record Planning(ConfigurableApplicationContext context, PrintWriter out, int workers) {

        Plan run(Scenario scenario, Path dir) throws Exception {
            long started = System.nanoTime();
            Scenario.Window w = scenario.window();
            java.util.List<String> problems = context.getBean(HistoryReader.class).windowProblems(
                    w == null ? null : w.from(), w == null ? null : w.to());
            if (!problems.isEmpty()) {
                throw new io.servicebalance.simulation.SimulationException(problems);
            }
            RecordedHistory history = context.getBean(HistoryReader.class).read(w == null ? null : w.from(),
                    w == null ? null : w.to());
            double read = (System.nanoTime() - started) / 1e9;
            Map<io.servicebalance.contact.Channel, io.servicebalance.simulation.policy.StaffingSchedule> seeded =
                    context.getBean(SeededHistories.class).latestStaffing().orElse(Map.of());
            int runs = PlanReport.replicationsOf(scenario);
            Plan plan;
            try (Progress progress = Progress.always("plan", runs)) {
                plan = Planner.plan(scenario, history, seeded, workers, progress::step);
            }
            PlanReport.write(plan, dir);
            PlanCharts.writeAll(plan.result(), dir);
            out.printf("read %,d events (%,d contacts) in %.1f s; %d policies x %d replications in %.1f s%n",
                    history.eventsRead(), plan.contacts(), read, plan.result().policies().size(),
                    plan.result().replications(), (System.nanoTime() - started) / 1e9 - read);
            out.println(PlanReport.summary(plan, dir));
            out.flush();
            return plan;
        }
    }
}
