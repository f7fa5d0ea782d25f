package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The problems found in a scenario, and the checks of single values that add to them, each naming its place. */
final class ProblemList {

    private final List<String> problems = new ArrayList<>();

    void add(String problem) {
        problems.add(problem);
    }

    List<String> all() {
        return List.copyOf(problems);
    }

    <V> Map<String, V> channels(String at, Map<String, V> map) {
        return names(at, map, Arrays.stream(Channel.values()).map(Enum::name).toList(), "channel");
    }

    <V> Map<String, V> tiers(String at, Map<String, V> map) {
        return names(at, map, Arrays.stream(ServiceTier.values()).map(Enum::name).toList(), "tier");
    }

    <V> Map<String, V> names(String at, Map<String, V> map, List<String> known, String what) {
        if (map == null) {
            return Map.of();
        }
        Map<String, V> valid = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (known.contains(k)) {
                valid.put(k, v);
            } else {
                problems.add(at + ": unknown " + what + " '" + k + "' (one of " + known + ")");
            }
        });
        return valid;
    }

    <T> List<T> nonEmpty(String at, List<T> values) {
        if (values == null || values.isEmpty()) {
            problems.add(at + " is empty");
            return List.of();
        }
        return values;
    }

    void priority(String at, String value) {
        if (value != null && Arrays.stream(Discipline.values()).noneMatch(d -> d.name().equals(value))) {
            problems.add(at + ": unknown priority '" + value + "' (one of " + Arrays.toString(Discipline.values())
                    + ")");
        }
    }

    void schedule(String at, String value) {
        try {
            StaffingSchedule.parse(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
        }
    }

    void positive(String at, Double v) {
        if (v == null || !(v > 0) || v.isInfinite()) {
            problems.add(at + " must be a positive number");
        }
    }

    void notNegative(String at, Double v) {
        if (v == null || !(v >= 0) || v.isInfinite()) {
            problems.add(at + " must not be negative");
        }
    }
}
