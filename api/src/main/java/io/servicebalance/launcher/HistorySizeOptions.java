package io.servicebalance.launcher;

import picocli.CommandLine.Option;

/**
 * {@code --customers N --days D}: the size of a seeded synthetic history (a picocli mixin shared by {@code seed} and
 * the benchmarks that seed one); each command passes its own defaults.
 */
public final class HistorySizeOptions {

    @Option(names = "--customers", paramLabel = "N", description = "Customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--days", paramLabel = "D", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days;

    public HistorySizeOptions(int customers, int days) {
        this.customers = customers;
        this.days = days;
    }

    public int customers() {
        return customers;
    }

    public int days() {
        return days;
    }
}
