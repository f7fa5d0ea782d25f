package io.servicebalance.simulation.staffing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * The cells staffing is optimised in: intervals of a fixed length that divides a day, per day of the week, in a zone.
 * Cell {@code d * perDay() + k} is the k-th interval of day of the week d (Monday 0).
 */
public record Intervals(Duration length, ZoneId zone) {

    private static final long DAY = 86_400;

    public Intervals {
        if (length == null || length.isNegative() || length.isZero() || length.getNano() != 0
                || DAY % length.getSeconds() != 0) {
            throw new IllegalArgumentException("an interval must be a whole number of seconds that divides a day");
        }
    }

    public int perDay() {
        return (int) (DAY / length.getSeconds());
    }

    public int cells() {
        return 7 * perDay();
    }

    public long seconds() {
        return length.getSeconds();
    }

    /** The cell of an instant, given in seconds since the epoch. */
    public int cellOf(double epochSecond) {
        long second = (long) Math.floor(epochSecond);
        ZoneRules rules = zone.getRules();
        long local = second + rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
        int day = (int) Math.floorMod(Math.floorDiv(local, DAY) + 3, 7L);
        return day * perDay() + (int) (Math.floorMod(local, DAY) / length.getSeconds());
    }

    public DayOfWeek dayOf(int cell) {
        return DayOfWeek.of(cell / perDay() + 1);
    }

    public LocalTime startOf(int cell) {
        return LocalTime.ofSecondOfDay((cell % perDay()) * length.getSeconds());
    }

    /** How many times each cell occurs in [from, to): the days of each day of the week the window covers. */
    public int[] occurrences(Instant from, Instant to) {
        int[] days = new int[7];
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            days[d.getDayOfWeek().ordinal()]++;
        }
        int[] occurrences = new int[cells()];
        for (int c = 0; c < occurrences.length; c++) {
            occurrences[c] = days[c / perDay()];
        }
        return occurrences;
    }
}
