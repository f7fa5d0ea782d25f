package io.servicebalance.simulation.staffing;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One channel's staffing per interval and day of the week with what a simulation of it found, cell by cell (see
 * {@link Intervals}): agents on duty, contacts offered per occurrence of the interval, the share answered within the
 * threshold (abandons fail; NaN where nothing was offered) and occupancy (handle time of the contacts answered that
 * arrived in the interval / agent time on duty in it; NaN without agents).
 */
public record IntervalFigures(Channel channel, Intervals intervals, int[] agents, double[] offered,
                              double[] serviceLevel, double[] occupancy) {

    /** The schedule that puts these agents on duty, interval by interval. */
    public StaffingSchedule schedule() {
        return schedule(intervals, agents);
    }

    static StaffingSchedule schedule(Intervals intervals, int[] agents) {
        Map<DayOfWeek, NavigableMap<LocalTime, Integer>> days = new EnumMap<>(DayOfWeek.class);
        for (int c = 0; c < agents.length; c++) {
            days.computeIfAbsent(intervals.dayOf(c), d -> new TreeMap<>()).put(intervals.startOf(c), agents[c]);
        }
        return StaffingSchedule.weekly(days);
    }

    /** Agent-hours on duty in one week. */
    public double weeklyAgentHours() {
        double hours = 0;
        for (int a : agents) {
            hours += a * intervals.seconds() / 3600.0;
        }
        return hours;
    }

    /** Agent-hours on duty on one day of the week. */
    public double agentHours(DayOfWeek day) {
        double hours = 0;
        int from = day.ordinal() * intervals.perDay();
        for (int c = from; c < from + intervals.perDay(); c++) {
            hours += agents[c] * intervals.seconds() / 3600.0;
        }
        return hours;
    }
}
