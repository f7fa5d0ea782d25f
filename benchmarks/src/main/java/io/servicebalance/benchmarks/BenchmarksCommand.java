package io.servicebalance.benchmarks;

import io.servicebalance.benchmarks.catchup.BenchmarkCatchUpCommand;
import io.servicebalance.benchmarks.crash.CrashBenchmarkCommand;
import io.servicebalance.benchmarks.flood.FloodBenchmarkCommand;
import io.servicebalance.benchmarks.fuzz.FuzzBenchmarkCommand;
import io.servicebalance.benchmarks.imports.BenchmarkImportCommand;
import io.servicebalance.benchmarks.nodes.NodesBenchmarkCommand;
import io.servicebalance.benchmarks.optimise.BenchmarkOptimiseCommand;
import io.servicebalance.benchmarks.plan.BenchmarkPlanCommand;
import io.servicebalance.benchmarks.read.BenchmarkReadCommand;
import io.servicebalance.benchmarks.simulator.BenchmarkSimulatorCommand;
import io.servicebalance.benchmarks.trace.BenchmarkTraceCommand;
import io.servicebalance.benchmarks.window.WindowBenchmarkCommand;
import io.servicebalance.benchmarks.write.WriteBenchmarkCommand;
import io.servicebalance.launcher.LoggingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The benchmarks' command tree: {@code ./servicebalance benchmark-*} runs one of these subcommands.
 */
@Command(name = "servicebalance",
        mixinStandardHelpOptions = true,
        description = {"ServiceBalance benchmarks: each measures one path a user takes, on realistic sizes.",
            "The launcher builds this module on demand; the application jar holds none of it."},
        subcommands = {
            WriteBenchmarkCommand.class,
            BenchmarkSimulatorCommand.class,
            BenchmarkTraceCommand.class,
            BenchmarkPlanCommand.class,
            BenchmarkOptimiseCommand.class,
            BenchmarkReadCommand.class,
            FloodBenchmarkCommand.class,
            FuzzBenchmarkCommand.class,
            BenchmarkImportCommand.class,
            WindowBenchmarkCommand.class,
            NodesBenchmarkCommand.class,
            CrashBenchmarkCommand.class,
            BenchmarkCatchUpCommand.class
        },
        footer = {"", "Run './servicebalance benchmark-COMMAND --help' for the options of a benchmark."})
public class BenchmarksCommand implements Runnable {

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
