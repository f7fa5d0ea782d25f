package io.servicebalance.simulation.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format json|table}, shared by the commands that print a result either way (a picocli mixin). */
public class FormatOption {

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table",
            description = "Output; with json, standard output carries only the JSON document (default:"
                    + " ${DEFAULT-VALUE}).")
    String format;

    public boolean json() {
        return format.equals("json");
    }

    /** Adds the option's problem, if any, to {@code problems}. */
    public void check(List<String> problems) {
        if (!format.equals("json") && !format.equals("table")) {
            problems.add("--format must be json or table");
        }
    }
}
