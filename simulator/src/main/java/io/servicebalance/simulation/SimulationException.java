package io.servicebalance.simulation;

import java.util.List;

/** A simulation that cannot run as asked; {@link #problems()} lists every reason at once. */
public class SimulationException extends RuntimeException {

    private final List<String> problems;

    public SimulationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
