package io.servicebalance.launcher;

import picocli.CommandLine.Command;

/**
 * The top-level {@code servicebalance} command; each capability is a subcommand.
 */
@Command(name = "servicebalance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "ServiceBalance: an event-sourced CRM and a planner's simulator that replays recorded contacts under other",
            "service-level policies to find the policy of lowest total cost.",
            "",
            "Without SPRING_DATASOURCE_URL the data lives in an embedded PostgreSQL under ./data",
            "(SERVICEBALANCE_DATA_DIR overrides)."},
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            SeedCommand.class,
            PlanCommand.class,
            TraceCommand.class,
            io.servicebalance.simulation.cli.SimulateCommand.class,
            io.servicebalance.simulation.cli.ErlangCommand.class
        },
        footer = {"", "Run 'servicebalance COMMAND --help' for the options of a command.",
            "The benchmarks live apart (module benchmarks, built on demand): './servicebalance benchmarks' lists them."})
class ServiceBalanceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
