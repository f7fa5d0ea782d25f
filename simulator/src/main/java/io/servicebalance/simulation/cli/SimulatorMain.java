package io.servicebalance.simulation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A second entry point for the commands that need nothing but the simulator ({@code simulate}, {@code erlang}):
 * {@code ./servicebalance} runs them on the simulator's own thin class path, without the application jar's loader,
 * Spring or the database driver, so a short command starts in a fraction of a second. Names, options, output and
 * exit codes are those of the same subcommands under the application's launcher.
 */
@Command(name = "servicebalance", mixinStandardHelpOptions = true,
        subcommands = {SimulateCommand.class, ErlangCommand.class})
public final class SimulatorMain implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        TracePrefetch.start(args);
        System.exit(commandLine().execute(args));
    }

    /** The two commands with the launcher's error handling: one-line errors, exit 2 for bad options, 1 on failure. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SimulatorMain());
        cli.setUsageHelpWidth(120);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            failed.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("servicebalance: " + deepestMessage(ex));
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String deepestMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
