package io.servicebalance.simulation.trace;

import java.util.List;

/** A trace file that cannot be replayed; {@link #problems()} names each line and field at fault. */
public class TraceFormatException extends RuntimeException {

    private final List<String> problems;

    public TraceFormatException(List<String> problems, int more) {
        super(String.join("; ", problems) + (more > 0 ? "; and " + more + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
