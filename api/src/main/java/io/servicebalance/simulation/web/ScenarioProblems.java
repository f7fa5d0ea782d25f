package io.servicebalance.simulation.web;

import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.web.Problems.FieldError;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names the scenario field a problem is about: the path it starts with ({@code grid.agents: ...},
 * {@code replications must be ...}) when that path starts at one of the scenario's keys; any other problem (about the
 * history, the store, the JSON as a whole) is reported on {@code scenario}, whatever its first word.
 */
final class ScenarioProblems {

    private static final Pattern PATH = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)((?:\\.[A-Za-z0-9_]+|\\[\\d+])*)");
    private static final Set<String> KEYS = Arrays.stream(Scenario.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toUnmodifiableSet());

    private ScenarioProblems() {
    }

    static FieldError fieldError(String problem) {
        Matcher m = PATH.matcher(problem);
        if (!m.find() || !KEYS.contains(m.group(1))) {
            return new FieldError("scenario", problem);
        }
        String field = m.group();
        String message = problem.startsWith(field + ": ") ? problem.substring(field.length() + 2) : problem;
        return new FieldError(field, message);
    }
}
