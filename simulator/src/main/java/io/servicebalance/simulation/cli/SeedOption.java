package io.servicebalance.simulation.cli;

import picocli.CommandLine.Option;

/** {@code --seed S}: the seed of everything random a command does (a picocli mixin). */
public class SeedOption {

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public long seed() {
        return seed;
    }
}
