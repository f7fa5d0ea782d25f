package io.servicebalance.launcher;

import io.servicebalance.simulation.cli.ThreadsOption;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --out DIR} and {@code --threads N}: where a plan's files go and how many threads run it (demo and plan). */
public class PlanRunOptions {

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ThreadsOption threads;

    public Path directory() {
        return out;
    }

    /** The worker threads, refusing a count below one as a bad option of {@code command}. */
    public int workers(CommandSpec command) {
        return threads.workers(command);
    }
}
