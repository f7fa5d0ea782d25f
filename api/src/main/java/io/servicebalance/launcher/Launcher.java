package io.servicebalance.launcher;

import picocli.CommandLine;

/**
 * Entry point of {@code ./servicebalance} and of the application jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The full command tree with ServiceBalance's error handling: one-line errors, no stack traces. */
    public static CommandLine commandLine() {
        return commandLine(new ServiceBalanceCommand());
    }

    /** A command tree rooted at {@code top} with the same error handling (the benchmarks module's tree uses it). */
    public static CommandLine commandLine(Object top) {
        CommandLine cli = new CommandLine(top);
        cli.setUsageHelpWidth(120);
        cli.setParameterExceptionHandler(Launcher::badArguments);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("servicebalance: " + OneLine.of(ex));
            return 1;
        });
        return cli;
    }

    private static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine failed = ex.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        failed.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        return 2;
    }
}
