package io.servicebalance.launcher;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededHistories;
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

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output directory (default:"
            + " ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Scenario parsed = ScenarioFile.read(scenario);
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            Planning planning = new Planning(context, spec.commandLine().getOut(), threads);
            planning.run(parsed, out);
        }
        return 0;
    }

    /** Reading the history, planning and writing the files, shared with {@code demo}. */
    record Planning(ConfigurableApplicationContext context, PrintWriter out, Integer threads) {

        Plan run(Scenario scenario, Path dir) throws Exception {
            Scenario.Window w = scenario.window();
            HistoryReader reader = context.getBean(HistoryReader.class);
            try (CatchUpProgress waiting = new CatchUpProgress(new PrintWriter(System.err, true))) {
                reader.awaitCaughtUp(waiting);
            }
            java.util.List<String> problems = reader.windowProblems(w == null ? null : w.from(),
                    w == null ? null : w.to());
            if (!problems.isEmpty()) {
                throw new io.servicebalance.simulation.SimulationException(problems);
            }
            long reading = System.nanoTime();
            RecordedHistory history = reader.readCaughtUp(w == null ? null : w.from(), w == null ? null : w.to());
            double read = (System.nanoTime() - reading) / 1e9;
            Map<io.servicebalance.contact.Channel, io.servicebalance.simulation.policy.StaffingSchedule> seeded =
                    context.getBean(SeededHistories.class).latestStaffing().orElse(Map.of());
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            int runs = PlanReport.replicationsOf(scenario);
            Plan plan;
            try (Progress progress = Progress.always("plan", runs)) {
                plan = Planner.plan(scenario, history, seeded, workers, progress::step);
            }
            PlanReport.write(plan, dir);
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
