package io.servicebalance.benchmarks;

import io.servicebalance.launcher.Launcher;

/**
 * Entry point of {@code ./servicebalance benchmark-*}: the benchmarks' command tree with the application's error
 * handling.
 */
public final class BenchmarkLauncher {

    private BenchmarkLauncher() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("java.awt.headless", "true");
        System.exit(Launcher.commandLine(new BenchmarksCommand()).execute(args));
    }
}
