package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, arrival-ordered set of contacts held column by column, so a million contacts replay without a
 * million objects. Times are seconds from {@link #origin()}, the first arrival.
 */
public final class Trace {

    private static final Channel[] CHANNELS = Channel.values();
    private static final ServiceTier[] TIERS = ServiceTier.values();

    private final Instant origin;
    private final String[] contactIds;
    private final String[] customerIds;
    private final byte[] tiers;
    private final byte[] channels;
    private final double[] arrivals;
    private final double[] handles;
    private final double[] patience;
    private final boolean[] patienceAtLeast;
    private final double[] values;

    private Trace(List<TraceContact> contacts) {
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("the trace has no contacts");
        }
        List<TraceContact> sorted = new ArrayList<>(contacts);
        sorted.sort(Comparator.comparing(TraceContact::arrival));
        int n = sorted.size();
        origin = sorted.get(0).arrival();
        contactIds = new String[n];
        customerIds = new String[n];
        tiers = new byte[n];
        channels = new byte[n];
        arrivals = new double[n];
        handles = new double[n];
        patience = new double[n];
        patienceAtLeast = new boolean[n];
        values = new double[n];
        for (int i = 0; i < n; i++) {
            TraceContact c = sorted.get(i);
            contactIds[i] = c.contactId();
            customerIds[i] = c.customerId();
            tiers[i] = (byte) c.tier().ordinal();
            channels[i] = (byte) c.channel().ordinal();
            Duration offset = Duration.between(origin, c.arrival());
            arrivals[i] = offset.getSeconds() + offset.getNano() / 1e9;
            handles[i] = c.handleSeconds();
            patience[i] = c.patience().kind() == Patience.Kind.UNKNOWN ? Double.NaN : c.patience().seconds();
            patienceAtLeast[i] = c.patience().kind() == Patience.Kind.AT_LEAST;
            values[i] = c.customerValue() == null ? Double.NaN : c.customerValue();
        }
    }

    /** A trace of these contacts in arrival order (ties keep their given order). */
    public static Trace of(List<TraceContact> contacts) {
        return new Trace(contacts);
    }

    public int size() {
        return arrivals.length;
    }

    public Instant origin() {
        return origin;
    }

    public String contactId(int i) {
        return contactIds[i];
    }

    public String customerId(int i) {
        return customerIds[i];
    }

    public ServiceTier tier(int i) {
        return TIERS[tiers[i]];
    }

    public int tierIndex(int i) {
        return tiers[i];
    }

    public Channel channel(int i) {
        return CHANNELS[channels[i]];
    }

    /** Seconds from the origin to the arrival of contact {@code i}. */
    public double arrival(int i) {
        return arrivals[i];
    }

    public double handleSeconds(int i) {
        return handles[i];
    }

    /** Known patience in seconds, NaN when unknown; see {@link #patienceIsLowerBound(int)}. */
    public double patienceSeconds(int i) {
        return patience[i];
    }

    public boolean patienceIsLowerBound(int i) {
        return patienceAtLeast[i];
    }

    /** The customer's value, NaN when unknown. */
    public double customerValue(int i) {
        return values[i];
    }

    /** Seconds from the origin to the last arrival. */
    public double lastArrival() {
        return arrivals[arrivals.length - 1];
    }

    /** Indices of each channel's contacts, in arrival order; channels without contacts are absent. */
    public Map<Channel, int[]> indicesByChannel() {
        int[] counts = new int[CHANNELS.length];
        for (byte c : channels) {
            counts[c]++;
        }
        Map<Channel, int[]> result = new EnumMap<>(Channel.class);
        int[] fill = new int[CHANNELS.length];
        for (Channel c : CHANNELS) {
            if (counts[c.ordinal()] > 0) {
                result.put(c, new int[counts[c.ordinal()]]);
            }
        }
        for (int i = 0; i < channels.length; i++) {
            result.get(CHANNELS[channels[i]])[fill[channels[i]]++] = i;
        }
        return result;
    }

    /** Contact {@code i} as a record again. */
    public TraceContact contact(int i) {
        Patience p = Double.isNaN(patience[i]) ? Patience.unknown()
                : patienceAtLeast[i] ? Patience.atLeast(patience[i]) : Patience.exactly(patience[i]);
        Instant arrival = origin.plusNanos(Math.round(arrivals[i] * 1e9));
        return new TraceContact(contactIds[i], customerIds[i], tier(i), channel(i), arrival, handles[i], p,
                Double.isNaN(values[i]) ? null : values[i]);
    }

    @Override
    public String toString() {
        return "Trace[" + size() + " contacts from " + origin + ", channels " + Arrays.toString(
                indicesByChannel().keySet().toArray()) + "]";
    }
}
