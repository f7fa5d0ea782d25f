package io.servicebalance.simulation.engine;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * One channel's contacts laid out for the engine: local index {@code j} is the channel's j-th arrival, global index
 * {@code index[j]} its row in the trace. Built once per trace and zone, shared by every policy and replication.
 */
public final class ChannelTrace {

    final Channel channel;
    final int[] index;
    final double[] arrival;
    final double[] handle;
    final byte[] tier;
    final byte[] hour;
    final Instant origin;
    final ZoneId zone;

    public ChannelTrace(Trace trace, Channel channel, int[] index, ZoneId zone) {
        this.channel = channel;
        this.index = index;
        this.origin = trace.origin();
        this.zone = zone;
        int n = index.length;
        arrival = new double[n];
        handle = new double[n];
        tier = new byte[n];
        hour = new byte[n];
        ZoneRules rules = zone.getRules();
        long originSecond = origin.getEpochSecond();
        for (int j = 0; j < n; j++) {
            int i = index[j];
            arrival[j] = trace.arrival(i);
            handle[j] = trace.handleSeconds(i);
            tier[j] = (byte) trace.tierIndex(i);
            long epochSecond = originSecond + (long) Math.floor(arrival[j]);
            hour[j] = (byte) hourOfDay(rules, epochSecond);
        }
    }

    static int hourOfDay(ZoneRules rules, long epochSecond) {
        long local = epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return (int) Math.floorMod(local / 3600, 24L);
    }

    public Channel channel() {
        return channel;
    }

    public int size() {
        return index.length;
    }

    /** The trace row of local contact {@code j}. */
    public int globalIndex(int j) {
        return index[j];
    }

    /** Total handle seconds offered on this channel. */
    public double offeredWorkSeconds() {
        double sum = 0;
        for (double h : handle) {
            sum += h;
        }
        return sum;
    }
}
