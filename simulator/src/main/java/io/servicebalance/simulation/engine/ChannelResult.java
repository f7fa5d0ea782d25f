package io.servicebalance.simulation.engine;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One channel's figures from one replication.
 *
 * @param byHour                24 entries, hour of day 0-23 in the run's zone, by the contacts' arrival
 * @param loadRatio             offered work / staffed capacity (slot-seconds) up to the last arrival; at or above 1
 *                              the channel cannot keep up and, without abandonment, its queue keeps growing
 * @param waitingAtLastArrival  contacts still waiting when the last one arrived
 */
public record ChannelResult(Channel channel, Metrics total, Map<ServiceTier, Metrics> byTier, List<Metrics> byHour,
                            double loadRatio, int waitingAtLastArrival) {

    public ChannelResult {
        byTier = Collections.unmodifiableMap(new EnumMap<>(byTier));
        byHour = List.copyOf(byHour);
    }

    public boolean overloaded() {
        return loadRatio >= 1;
    }

    static ChannelResult of(ChannelTrace trace, ChannelTally tally, double staffedByLastArrival, int waitingAtEnd) {
        double busy = 0;
        double staffed = 0;
        Metrics[] hours = new Metrics[ChannelTally.HOURS];
        for (int h = 0; h < ChannelTally.HOURS; h++) {
            busy += tally.busyArea[h];
            staffed += tally.staffedArea[h];
            hours[h] = tally.hours[h].metrics(tally.busyArea[h], tally.staffedArea[h]);
        }
        Map<ServiceTier, Metrics> tiers = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : ServiceTier.values()) {
            ChannelTally.Group g = tally.tiers[t.ordinal()];
            if (g.offered > 0) {
                Metrics m = g.metrics(Double.NaN, Double.NaN);
                tiers.put(t, new Metrics(m.offered(), m.answered(), m.abandoned(), m.serviceLevel(), m.asaSeconds(),
                        m.meanWaitSeconds(), m.abandonRate(), Double.NaN, Double.NaN));
            }
        }
        double load = staffedByLastArrival > 0 ? trace.offeredWorkSeconds() / staffedByLastArrival
                : trace.size() > 1 ? Double.POSITIVE_INFINITY : 0;
        return new ChannelResult(trace.channel, tally.total().metrics(busy, staffed), tiers, List.of(hours), load,
                waitingAtEnd);
    }
}
