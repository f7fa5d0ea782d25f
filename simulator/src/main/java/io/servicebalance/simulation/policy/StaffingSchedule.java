package io.servicebalance.simulation.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Agents on duty by time of day, optionally different on some days of the week: a step function that starts each day
 * at the step with the latest start not after the time. A constant schedule is one step at midnight. {@code steps}
 * hold for every day that {@code days} does not name.
 */
public record StaffingSchedule(NavigableMap<LocalTime, Integer> steps, Map<DayOfWeek, NavigableMap<LocalTime, Integer>> days) {

    public StaffingSchedule {
        steps = checked(steps);
        EnumMap<DayOfWeek, NavigableMap<LocalTime, Integer>> perDay = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            NavigableMap<LocalTime, Integer> base = steps;
            days.forEach((d, s) -> {
                NavigableMap<LocalTime, Integer> day = checked(s);
                if (!day.equals(base)) {
                    perDay.put(d, day);
                }
            });
        }
        days = Collections.unmodifiableMap(perDay);
    }

    /** The same steps every day. */
    public StaffingSchedule(NavigableMap<LocalTime, Integer> steps) {
        this(steps, Map.of());
    }

    private static NavigableMap<LocalTime, Integer> checked(NavigableMap<LocalTime, Integer> steps) {
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
        return Collections.unmodifiableNavigableMap(copy);
    }

    public static StaffingSchedule constant(int agents) {
        return new StaffingSchedule(new TreeMap<>(Map.of(LocalTime.MIDNIGHT, agents)));
    }

    /** A schedule given day by day; Monday's steps are the default the others are compared with. */
    public static StaffingSchedule weekly(Map<DayOfWeek, ? extends NavigableMap<LocalTime, Integer>> byDay) {
        if (byDay.size() != DayOfWeek.values().length) {
            throw new IllegalArgumentException("a weekly schedule needs all seven days");
        }
        EnumMap<DayOfWeek, NavigableMap<LocalTime, Integer>> days = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((d, steps) -> days.put(d, merged(steps)));
        return new StaffingSchedule(days.get(DayOfWeek.MONDAY), days);
    }

    /** Drops steps that repeat the agents of the step before them. */
    private static NavigableMap<LocalTime, Integer> merged(NavigableMap<LocalTime, Integer> steps) {
        TreeMap<LocalTime, Integer> merged = new TreeMap<>();
        Integer last = null;
        for (Map.Entry<LocalTime, Integer> e : steps.entrySet()) {
            if (!e.getValue().equals(last)) {
                merged.put(e.getKey(), e.getValue());
                last = e.getValue();
            }
        }
        return merged;
    }

    /**
     * Parses {@code 14} (all day), {@code 6@00:00/14@08:00/6@18:00} (agents from a time of day), or such steps with
     * days of the week that differ: {@code 6@00:00/14@08:00;SAT=3@00:00/6@09:00;SUN=3} (the part without a day holds
     * for the days not named; it may be left out when all seven are).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static StaffingSchedule parse(String text) {
        NavigableMap<LocalTime, Integer> base = null;
        EnumMap<DayOfWeek, NavigableMap<LocalTime, Integer>> days = new EnumMap<>(DayOfWeek.class);
        for (String part : text.trim().split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (base != null) {
                    throw new IllegalArgumentException("'" + text.trim() + "' has two parts without a day");
                }
                base = steps(part);
            } else if (days.put(day(part.substring(0, eq).trim()), steps(part.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("'" + part.substring(0, eq).trim() + "' is given twice");
            }
        }
        if (base == null) {
            if (days.size() < DayOfWeek.values().length) {
                throw new IllegalArgumentException("give steps without a day for the days not named, or all seven"
                        + " days");
            }
            base = days.get(DayOfWeek.MONDAY);
        }
        return new StaffingSchedule(base, days);
    }

    private static NavigableMap<LocalTime, Integer> steps(String text) {
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
        return steps;
    }

    private static DayOfWeek day(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().substring(0, 3).equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a day of the week (MON, TUE, ..., SUN)");
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day HH:MM");
        }
    }

    /** The steps of one day of the week. */
    public NavigableMap<LocalTime, Integer> stepsOf(DayOfWeek day) {
        return days.getOrDefault(day, steps);
    }

    /** Agents at this time of day on the days without steps of their own. */
    public int agentsAt(LocalTime time) {
        return steps.floorEntry(time).getValue();
    }

    public int agentsAt(DayOfWeek day, LocalTime time) {
        return stepsOf(day).floorEntry(time).getValue();
    }

    /** Whether some day of the week has steps of its own. */
    public boolean isWeekly() {
        return !days.isEmpty();
    }

    /** Agent-hours on duty in [from, to), walking the steps day by day in {@code zone}. */
    public double agentHours(Instant from, Instant to, ZoneId zone) {
        double hours = 0;
        Instant t = from;
        while (t.isBefore(to)) {
            ZonedDateTime local = t.atZone(zone);
            LocalTime time = local.toLocalTime();
            NavigableMap<LocalTime, Integer> day = stepsOf(local.getDayOfWeek());
            LocalTime nextStep = day.higherKey(time);
            ZonedDateTime next = nextStep == null
                    ? local.toLocalDate().plusDays(1).atStartOfDay(zone)
                    : local.toLocalDate().atTime(nextStep).atZone(zone);
            Instant end = next.toInstant().isAfter(to) ? to : next.toInstant();
            if (!end.isAfter(t)) {
                end = t.plusSeconds(60);
            }
            hours += day.floorEntry(time).getValue() * Duration.between(t, end).toMillis() / 3_600_000.0;
            t = end;
        }
        return hours;
    }

    /** Every step's agents multiplied by {@code factor} and rounded, never below one where there were agents. */
    public StaffingSchedule scaled(double factor) {
        EnumMap<DayOfWeek, NavigableMap<LocalTime, Integer>> scaledDays = new EnumMap<>(DayOfWeek.class);
        days.forEach((d, s) -> scaledDays.put(d, scaled(s, factor)));
        return new StaffingSchedule(scaled(steps, factor), scaledDays);
    }

    private static NavigableMap<LocalTime, Integer> scaled(NavigableMap<LocalTime, Integer> steps, double factor) {
        TreeMap<LocalTime, Integer> scaled = new TreeMap<>();
        steps.forEach((t, n) -> scaled.put(t, n == 0 ? 0 : Math.max(1, (int) Math.round(n * factor))));
        return scaled;
    }

    public int maxAgents() {
        int max = steps.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (NavigableMap<LocalTime, Integer> day : days.values()) {
            max = Math.max(max, day.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        return max;
    }

    public boolean isConstant() {
        return days.isEmpty() && steps.values().stream().distinct().count() == 1;
    }

    /** Seconds after midnight at which each step starts, with the agents it brings, on the default days. */
    public List<double[]> stepsInSeconds() {
        return stepsInSeconds(steps);
    }

    /** Seconds after midnight at which each step of this day of the week starts, with the agents it brings. */
    public List<double[]> stepsInSeconds(DayOfWeek day) {
        return stepsInSeconds(stepsOf(day));
    }

    private static List<double[]> stepsInSeconds(NavigableMap<LocalTime, Integer> steps) {
        List<double[]> result = new ArrayList<>();
        steps.forEach((t, n) -> result.add(new double[] {t.toSecondOfDay(), n}));
        return result;
    }

    /** The parseable form: {@code 14}, {@code 6@00:00/14@08:00}, or that followed by {@code ;SAT=...} per day. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(text(steps));
        days.forEach((d, day) -> s.append(';').append(d.name(), 0, 3).append('=').append(text(day)));
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private static String text(NavigableMap<LocalTime, Integer> steps) {
        if (steps.values().stream().distinct().count() == 1) {
            return Integer.toString(steps.firstEntry().getValue());
        }
        StringBuilder s = new StringBuilder();
        steps.forEach((t, n) -> s.append(s.isEmpty() ? "" : "/").append(n).append('@').append(t));
        return s.toString();
    }
}
