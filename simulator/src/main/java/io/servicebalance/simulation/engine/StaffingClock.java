package io.servicebalance.simulation.engine;

import io.servicebalance.simulation.policy.StaffingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.List;

/** Walks a time-of-day (and day-of-week) staffing schedule forward in seconds from the trace origin, day by day in the run's zone. */
final class StaffingClock {

    private final StaffingSchedule schedule;
    private final Instant origin;
    private final ZoneId zone;
    private final int concurrency;
    private final ArrayDeque<double[]> pending = new ArrayDeque<>();
    private LocalDate day;

    StaffingClock(StaffingSchedule schedule, Instant origin, ZoneId zone, int concurrency) {
        this.schedule = schedule;
        this.origin = origin;
        this.zone = zone;
        this.concurrency = concurrency;
        this.day = origin.atZone(zone).toLocalDate();
        if (!schedule.isConstant()) {
            fill();
        }
    }

    /** Contact slots (agents x concurrency) at the origin. */
    int initialCapacity() {
        LocalTime time = origin.atZone(zone).toLocalTime();
        return schedule.agentsAt(origin.atZone(zone).getDayOfWeek(), time) * concurrency;
    }

    /** Seconds from the origin of the next step, +infinity for a constant schedule. */
    double nextChange() {
        return pending.isEmpty() ? Double.POSITIVE_INFINITY : pending.peekFirst()[0];
    }

    /** Takes the next step and returns the capacity it brings. */
    int takeChange() {
        double[] step = pending.pollFirst();
        if (pending.isEmpty()) {
            fill();
        }
        return (int) step[1] * concurrency;
    }

    private void fill() {
        while (pending.isEmpty()) {
            List<double[]> steps = schedule.stepsInSeconds(day.getDayOfWeek());
            for (double[] step : steps) {
                ZonedDateTime at = ZonedDateTime.of(day, LocalTime.ofSecondOfDay((long) step[0]), zone);
                Duration offset = Duration.between(origin, at.toInstant());
                double seconds = offset.getSeconds() + offset.getNano() / 1e9;
                if (seconds > 0) {
                    pending.add(new double[] {seconds, step[1]});
                }
            }
            day = day.plusDays(1);
        }
    }
}
