package io.servicebalance.launcher;

import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code servicebalance demo}: seeds a default history when the database is empty, plans, and shows the result. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The main job: seed a default history when the database is empty, run the default scenario and",
            "write report and charts. Prints the balance point and where the files are. The default scenario is in",
            "docs/examples/scenario.json."})
class DemoCommand implements Callable<Integer> {

    static final int CUSTOMERS = 10_000;
    static final int DAYS = 28;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanRunOptions run;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioFile.parse(defaultScenario());
        PrintWriter printer = spec.commandLine().getOut();
        int workers = run.workers(spec);
        Path out = run.directory();
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            SeededHistories histories = context.getBean(SeededHistories.class);
            if (histories.storedEvents() == 0) {
                printer.printf("the database is empty: seeding %,d customers over %d days first%n", CUSTOMERS, DAYS);
                printer.flush();
                new SeedCommand.Seeding(context.getBean(HistorySeeder.class), histories, printer).run(
                        new SeedSettings(CUSTOMERS, DAYS, 1, SeedSettings.DEFAULT_START, ZoneOffset.UTC, ""), false);
            } else if (histories.latestStaffing().isEmpty()) {
                throw new CommandFailed("the database holds a history that was not seeded, so its staffing is unknown:"
                        + " write a scenario with historical.agents (docs/planning.md) and run 'servicebalance plan'");
            }
            new PlanCommand.Planning(context, printer, workers).run(scenario, out);
        }
        printer.printf("charts: %s (cost curves), %s, %s, %s%n", out.resolve("cost-vs-service-level.png"),
                out.resolve("cost-vs-staffing.png"), out.resolve("service-level-by-tier.png"),
                out.resolve("frontier.png"));
        printer.flush();
        return 0;
    }

    static String defaultScenario() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/scenarios/default.json")) {
            if (in == null) {
                throw new CommandFailed("the default scenario is missing from the application jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
