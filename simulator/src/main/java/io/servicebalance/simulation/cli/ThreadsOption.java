package io.servicebalance.simulation.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads N}, shared by every command that runs replications on worker threads (a picocli mixin). */
public class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    /** The threads to run on: as given, or one per core. */
    public int workers() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The threads to run on, refusing a count below one as a bad option of {@code command}. */
    public int workers(CommandSpec command) {
        List<String> problems = new ArrayList<>();
        check(problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(command.commandLine(), problems.get(0));
        }
        return workers();
    }

    /** Adds the option's problem, if any, to {@code problems}. */
    public void check(List<String> problems) {
        if (threads != null && threads < 1) {
            problems.add("--threads must be at least 1");
        }
    }
}
