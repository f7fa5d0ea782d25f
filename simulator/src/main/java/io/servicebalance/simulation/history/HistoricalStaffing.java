package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staffing the synthetic contact centre ran with: per hour of the day, square-root staffing on the weekday load
 * with a lean safety margin (beta 0.4), so the history holds waits and abandons worth planning against. CHAT counts
 * two chats per agent; EMAIL is worked 08:00-18:00 at 110% of its daily work.
 */
final class HistoricalStaffing {

    private static final double BETA = 0.4;

    private HistoricalStaffing() {
    }

    static Map<Channel, StaffingSchedule> sizedFor(Trace trace, ZoneId zone) {
        double[][] work = new double[Channel.values().length][24];
        int weekdays = 0;
        long lastDay = Long.MIN_VALUE;
        for (int i = 0; i < trace.size(); i++) {
            ZonedDateTime at = trace.origin().plusMillis(Math.round(trace.arrival(i) * 1000)).atZone(zone);
            boolean weekday = at.getDayOfWeek().getValue() <= 5;
            if (weekday && at.toLocalDate().toEpochDay() != lastDay) {
                weekdays++;
                lastDay = at.toLocalDate().toEpochDay();
            }
            if (weekday) {
                work[trace.channel(i).ordinal()][at.getHour()] += trace.handleSeconds(i);
            }
        }
        Map<Channel, StaffingSchedule> staffing = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            TreeMap<LocalTime, Integer> steps = new TreeMap<>();
            double daily = 0;
            for (int h = 0; h < 24; h++) {
                daily += work[c.ordinal()][h] / Math.max(1, weekdays);
                double load = work[c.ordinal()][h] / Math.max(1, weekdays) / 3600;
                steps.put(LocalTime.of(h, 0), agents(c, load));
            }
            if (c == Channel.EMAIL) {
                int agents = (int) Math.ceil(daily * 1.1 / (10 * 3600));
                steps.replaceAll((t, n) -> t.getHour() >= 8 && t.getHour() < 18 ? Math.max(1, agents) : 0);
            }
            staffing.put(c, new StaffingSchedule(merged(steps)));
        }
        return staffing;
    }

    private static int agents(Channel channel, double load) {
        int slots = (int) Math.ceil(load + BETA * Math.sqrt(load));
        int perAgent = channel == Channel.CHAT ? 2 : 1;
        return Math.max(1, (slots + perAgent - 1) / perAgent);
    }

    /** Drops steps that repeat the agents of the step before. */
    private static TreeMap<LocalTime, Integer> merged(TreeMap<LocalTime, Integer> steps) {
        TreeMap<LocalTime, Integer> merged = new TreeMap<>();
        Integer previous = null;
        for (Map.Entry<LocalTime, Integer> step : steps.entrySet()) {
            if (!step.getValue().equals(previous)) {
                merged.put(step.getKey(), step.getValue());
                previous = step.getValue();
            }
        }
        return merged;
    }
}
