package io.servicebalance.simulation.engine;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * One channel's contacts laid out for the engine: local index {@code j} is the channel's j-th arrival, global index
 * {@code index[j]} its position in the replication's {@link Outcomes}, {@code row[j]} the trace row it replays (the
 * same array as {@code index} for the recorded sample path). Built once per trace and zone, shared by every policy and
 * replication; a resampled path ({@link SamplePaths}) builds its own per replication. A trace of one channel lends its
 * own arrival, handle and tier columns instead of copies.
 */
public final class ChannelTrace {

    final Channel channel;
    final int[] index;
    final int[] row;
    final double[] arrival;
    final double[] handle;
    final byte[] tier;
    final byte[] hour;
    final Instant origin;
    final ZoneId zone;

    public ChannelTrace(Trace trace, Channel channel, int[] index, ZoneId zone) {
        this.channel = channel;
        this.index = index;
        this.row = index;
        this.origin = trace.origin();
        this.zone = zone;
        int n = index.length;
        arrival = trace.arrivals(index);
        handle = trace.handles(index);
        tier = trace.tiers(index);
        hour = new byte[n];
        ZoneRules rules = zone.getRules();
        long originSecond = origin.getEpochSecond();
        int fixedOffset = rules.isFixedOffset() ? rules.getOffset(origin).getTotalSeconds() : 0;
        for (int j = 0; j < n; j++) {
            long epochSecond = originSecond + (long) Math.floor(arrival[j]);
            hour[j] = (byte) (rules.isFixedOffset() ? hourOfDay(epochSecond + fixedOffset)
                    : hourOfDay(rules, epochSecond));
        }
    }

    /** A resampled layout over the same trace: its own columns, positions and trace rows. */
    ChannelTrace(ChannelTrace base, int[] index, int[] row, double[] arrival, double[] handle, byte[] tier,
                 byte[] hour) {
        this.channel = base.channel;
        this.origin = base.origin;
        this.zone = base.zone;
        this.index = index;
        this.row = row;
        this.arrival = arrival;
        this.handle = handle;
        this.tier = tier;
        this.hour = hour;
    }

    static int hourOfDay(ZoneRules rules, long epochSecond) {
        return hourOfDay(epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds());
    }

    private static int hourOfDay(long localSecond) {
        return (int) Math.floorMod(localSecond / 3600, 24L);
    }

    public Channel channel() {
        return channel;
    }

    public int size() {
        return index.length;
    }

    /** The position of local contact {@code j} in the replication's outcomes. */
    public int globalIndex(int j) {
        return index[j];
    }

    /** The trace row local contact {@code j} replays. */
    public int traceRow(int j) {
        return row[j];
    }

    /** Heap bytes this layout adds to the trace's own columns. */
    public long footprintBytes(Trace trace) {
        long n = index.length;
        boolean lent = n == trace.size();
        return 16 + 4 * n + 16 + n + (lent ? 0 : 3 * 16 + 8 * n + 8 * n + n);
    }

    /** Total handle seconds offered on this channel. */
    public double offeredWorkSeconds() {
        double sum = 0;
        for (int j = 0; j < index.length; j++) {
            sum += handle[j];
        }
        return sum;
    }
}
