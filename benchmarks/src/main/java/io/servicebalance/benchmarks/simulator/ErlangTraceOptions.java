package io.servicebalance.benchmarks.simulator;

import picocli.CommandLine.Option;

/**
 * {@code --contacts N --agents N}: the Erlang A PHONE trace the engine benchmarks run (a picocli mixin); each
 * command passes its own defaults.
 */
public final class ErlangTraceOptions {

    @Option(names = "--contacts", paramLabel = "N", description = "Contacts in the trace (default: ${DEFAULT-VALUE}).")
    int contacts;

    @Option(names = "--agents", paramLabel = "N", description = "PHONE agents (default: ${DEFAULT-VALUE}).")
    int agents;

    public ErlangTraceOptions(int contacts, int agents) {
        this.contacts = contacts;
        this.agents = agents;
    }

    public int contacts() {
        return contacts;
    }

    public int agents() {
        return agents;
    }
}
