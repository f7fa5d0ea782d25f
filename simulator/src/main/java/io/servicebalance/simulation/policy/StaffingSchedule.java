package io.servicebalance.simulation.policy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agents on duty by time of day: a step function that starts each day at the step with the latest start not after
 * the time. A constant schedule is one step at midnight.
 */
public record StaffingSchedule(NavigableMap<LocalTime, Integer> steps) {

    public StaffingSchedule {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a staffing schedule needs at least one step");
        }
        steps.values().forEach(n -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("agents on duty must be a whole number >= 0");
            }
        });
        TreeMap<LocalTime, Integer> copy = new TreeMap<>(steps);
        copy.putIfAbsent(LocalTime.MIDNIGHT, copy.lastEntry().getValue());
        steps = Collections.unmodifiableNavigableMap(copy);
    }

    public static StaffingSchedule constant(int agents) {
        return new StaffingSchedule(new TreeMap<>(Map.of(LocalTime.MIDNIGHT, agents)));
    }

    /**
     * Parses {@code 14} (all day) or {@code 6@00:00/14@08:00/6@18:00} (agents from a time of day).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static StaffingSchedule parse(String text) {
        TreeMap<LocalTime, Integer> steps = new TreeMap<>();
        for (String part : text.trim().split("/")) {
            String[] pieces = part.trim().split("@");
            if (pieces.length > 2) {
                throw new IllegalArgumentException("'" + part + "' is not AGENTS or AGENTS@HH:MM");
            }
            int agents;
            try {
                agents = Integer.parseInt(pieces[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pieces[0] + "' is not a whole number of agents");
            }
            if (agents < 0) {
                throw new IllegalArgumentException("agents must not be negative (" + agents + ")");
            }
            LocalTime from = pieces.length == 1 ? LocalTime.MIDNIGHT : time(pieces[1].trim());
            if (steps.put(from, agents) != null) {
                throw new IllegalArgumentException("two steps start at " + from);
            }
        }
        return new StaffingSchedule(steps);
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day HH:MM");
        }
    }

    public int agentsAt(LocalTime time) {
        return steps.floorEntry(time).getValue();
    }

    /** Agent-hours on duty in [from, to), walking the steps day by day in {@code zone}. */
    public double agentHours(java.time.Instant from, java.time.Instant to, java.time.ZoneId zone) {
        double hours = 0;
        java.time.Instant t = from;
        while (t.isBefore(to)) {
            java.time.ZonedDateTime local = t.atZone(zone);
            LocalTime time = local.toLocalTime();
            LocalTime nextStep = steps.higherKey(time);
            java.time.ZonedDateTime next = nextStep == null
                    ? local.toLocalDate().plusDays(1).atStartOfDay(zone)
                    : local.toLocalDate().atTime(nextStep).atZone(zone);
            java.time.Instant end = next.toInstant().isAfter(to) ? to : next.toInstant();
            if (!end.isAfter(t)) {
                end = t.plusSeconds(60);
            }
            hours += agentsAt(time) * java.time.Duration.between(t, end).toMillis() / 3_600_000.0;
            t = end;
        }
        return hours;
    }

    /** Every step's agents multiplied by {@code factor} and rounded, never below one where there were agents. */
    public StaffingSchedule scaled(double factor) {
        TreeMap<LocalTime, Integer> scaled = new TreeMap<>();
        steps.forEach((t, n) -> scaled.put(t, n == 0 ? 0 : Math.max(1, (int) Math.round(n * factor))));
        return new StaffingSchedule(scaled);
    }

    public int maxAgents() {
        return steps.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public boolean isConstant() {
        return steps.values().stream().distinct().count() == 1;
    }

    /** Seconds after midnight at which each step starts, with the agents it brings. */
    public List<double[]> stepsInSeconds() {
        List<double[]> result = new ArrayList<>();
        steps.forEach((t, n) -> result.add(new double[] {t.toSecondOfDay(), n}));
        return result;
    }

    /** The parseable form: {@code 14} or {@code 6@00:00/14@08:00}. */
    @Override
    public String toString() {
        if (isConstant()) {
            return Integer.toString(steps.firstEntry().getValue());
        }
        StringBuilder s = new StringBuilder();
        steps.forEach((t, n) -> s.append(s.isEmpty() ? "" : "/").append(n).append('@').append(t));
        return s.toString();
    }
}
