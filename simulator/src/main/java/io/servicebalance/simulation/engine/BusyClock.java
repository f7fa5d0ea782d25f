package io.servicebalance.simulation.engine;

import java.time.Instant;
import java.time.zone.ZoneRules;

/** Integrates busy and staffed slot-seconds over time, split at the hours of the day they fall in. */
final class BusyClock {

    private final double originEpoch;
    private final ZoneRules rules;
    private final ChannelTally tally;
    private double now;
    private double hourEnd;
    private int hour;

    BusyClock(double originEpoch, ZoneRules rules, ChannelTally tally) {
        this.originEpoch = originEpoch;
        this.rules = rules;
        this.tally = tally;
        enterHourAt(0);
    }

    void advance(double to, int busy, int capacity) {
        while (to > hourEnd) {
            add(hourEnd - now, busy, capacity);
            now = hourEnd;
            enterHourAt(hourEnd);
        }
        add(to - now, busy, capacity);
        now = to;
    }

    private void add(double seconds, int busy, int capacity) {
        tally.busyArea[hour] += seconds * busy;
        tally.staffedArea[hour] += seconds * capacity;
    }

    private void enterHourAt(double t) {
        double epoch = originEpoch + t;
        long second = (long) Math.floor(epoch);
        hour = ChannelTrace.hourOfDay(rules, second);
        hourEnd = (Math.floor(epoch / 3600) + 1) * 3600 - originEpoch;
    }
}
