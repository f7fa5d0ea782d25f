package io.servicebalance.launcher;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose}, on the top command and inherited by every subcommand: without it a subcommand prints its own
 * lines only (logs at WARN, no startup lines); with it the application's INFO logs go to standard error.
 */
public class LoggingOptions {

    /** Read by logback.xml and application.yml for the root log level. */
    static final String LEVEL = "SERVICEBALANCE_LOG_LEVEL";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the application's logs (startup, INFO) on standard error.")
    void verbose(boolean on) {
        if (on) {
            System.setProperty(LEVEL, "INFO");
            System.setProperty("spring.main.log-startup-info", "true");
        }
    }
}
