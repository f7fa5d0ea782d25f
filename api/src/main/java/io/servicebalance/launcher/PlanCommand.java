package io.servicebalance.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.planning.PlanRun;
import io.servicebalance.planning.PlanningService;
import io.servicebalance.simulation.cli.Progress;
import io.servicebalance.simulation.plan.Plan;
import io.servicebalance.simulation.plan.PlanComparison;
import io.servicebalance.simulation.plan.PlanReport;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.plan.PlanLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
            "store; never writes to it. The scenario format is in docs/planning.md.",
            "With --compare RUN_A RUN_B instead of --scenario: RUN_B's figures against RUN_A's (the baseline), each",
            "RUN an output directory of plan or demo or the id of a simulation saved by the REST API."})
class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario JSON file.")
    Path scenario;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN", description = "Compare two saved runs (output"
            + " directories or saved simulation ids): the second's figures and deltas against the first's.")
    List<String> compare;

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
        if ((scenario == null) == (compare == null)) {
            throw new CommandFailed("give either --scenario FILE or --compare RUN_A RUN_B");
        }
        if (compare != null) {
            return compare();
        }
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

    private int compare() throws Exception {
        ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
        Supplier<ConfigurableApplicationContext> lazily = () -> context[0] != null ? context[0]
                : (context[0] = Contexts.withoutWeb());
        try {
            JsonNode baseline = SavedRun.report(compare.get(0), lazily);
            JsonNode other = SavedRun.report(compare.get(1), lazily);
            spec.commandLine().getOut().print(PlanComparison.table(PlanComparison.compare(compare.get(0), baseline,
                    compare.get(1), other)));
            spec.commandLine().getOut().flush();
        } finally {
            if (context[0] != null) {
                context[0].close();
            }
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

    /** The command line's adapter over {@link PlanningService}, shared with {@code demo}: progress and files. */
    record Planning(ConfigurableApplicationContext context, PrintWriter out, int workers, PlanLimits limits) {

        Planning(ConfigurableApplicationContext context, PrintWriter out, int workers) {
            this(context, out, workers, PlanLimits.DEFAULTS);
        }

        Plan run(Scenario scenario, Path dir) throws Exception {
            PlanningService planning = context.getBean(PlanningService.class);
            PlanRun run;
            CatchUpProgress waiting = new CatchUpProgress(new PrintWriter(System.err, true));
            try (waiting) {
                planning.awaitHistory(waiting);
            }
            try (Progress progress = Progress.always("plan", PlanReport.replicationsOf(scenario))) {
                run = planning.plan(scenario, limits, workers, waiting, progress::step, () -> false);
            }
            Plan plan = run.plan();
            PlanningService.write(plan, dir);
            out.printf("read %,d contacts of %,d customers from the contact history in %.2f s; %d policies x %d"
                    + " replications in %.1f s%n", run.contacts(), run.customers(), run.readSeconds(),
                    plan.result().policies().size(), plan.result().replications(), run.planSeconds());
            out.println(PlanReport.summary(plan, dir));
            out.flush();
            return plan;
        }
    }
}
