package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, arrival-ordered set of contacts held column by column in primitive arrays, so a million contacts
 * replay without a million objects: contact ids as UTF-8 bytes end to end, customers as numbers into one table of
 * distinct ids, and the patience and value columns only when some row has one. Times are seconds from
 * {@link #origin()}, the first arrival. Built by {@link TraceBuilder}; {@link #footprintBytes()} says what it holds.
 */
public final class Trace {

    private static final Channel[] CHANNELS = Channel.values();
    private static final ServiceTier[] TIERS = ServiceTier.values();

    private final Instant origin;
    private final int size;
    private final IdColumn contactIds;
    private final int[] customers;
    private final String[] customerIds;
    private final byte[] tiers;
    private final byte[] channels;
    private final double[] arrivals;
    private final double[] handles;
    private final double[] patience;
    private final boolean[] patienceAtLeast;
    private final double[] values;

    /** Columns may be longer than {@code size}; patience, lower bounds and values are null when no row has one. */
    Trace(Instant origin, int size, IdColumn contactIds, int[] customers, String[] customerIds, byte[] tiers, byte[] channels,
          double[] arrivals, double[] handles, double[] patience, boolean[] patienceAtLeast, double[] values) {
        this.origin = origin;
        this.size = size;
        this.contactIds = contactIds;
        this.customers = customers;
        this.customerIds = customerIds;
        this.tiers = tiers;
        this.channels = channels;
        this.arrivals = arrivals;
        this.handles = handles;
        this.patience = patience;
        this.patienceAtLeast = patienceAtLeast;
        this.values = values;
    }

    /** A trace of these contacts in arrival order (ties keep their given order). */
    public static Trace of(List<TraceContact> contacts) {
        TraceBuilder builder = new TraceBuilder(contacts.size());
        contacts.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return size;
    }

    public Instant origin() {
        return origin;
    }

    public String contactId(int i) {
        return contactIds.get(i);
    }

    public String customerId(int i) {
        return customerIds[customers[i]];
    }

    /** The customer of contact {@code i} as a number from 0 to {@link #customerCount()} - 1. */
    public int customerIndex(int i) {
        return customers[i];
    }

    /** Distinct customers in the trace. */
    public int customerCount() {
        return customerIds.length;
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
        return patience == null ? Double.NaN : patience[i];
    }

    public boolean patienceIsLowerBound(int i) {
        return patienceAtLeast != null && patienceAtLeast[i];
    }

    /** The customer's value, NaN when unknown. */
    public double customerValue(int i) {
        return values == null ? Double.NaN : values[i];
    }

    /** Seconds from the origin to the last arrival. */
    public double lastArrival() {
        return arrivals[size - 1];
    }

    /** Indices of each channel's contacts, in arrival order; channels without contacts are absent. */
    public Map<Channel, int[]> indicesByChannel() {
        int[] counts = new int[CHANNELS.length];
        for (int i = 0; i < size; i++) {
            counts[channels[i]]++;
        }
        Map<Channel, int[]> result = new EnumMap<>(Channel.class);
        int[] fill = new int[CHANNELS.length];
        for (Channel c : CHANNELS) {
            if (counts[c.ordinal()] > 0) {
                result.put(c, new int[counts[c.ordinal()]]);
            }
        }
        for (int i = 0; i < size; i++) {
            result.get(CHANNELS[channels[i]])[fill[channels[i]]++] = i;
        }
        return result;
    }

    /**
     * The arrivals of these rows. When {@code rows} is every row in order (a single-channel trace) this is the
     * column itself, shared to save memory: callers must not write to it, and it may be longer than {@code rows}.
     */
    public double[] arrivals(int[] rows) {
        return allRows(rows) ? arrivals : gather(arrivals, rows);
    }

    /** The handle times of these rows; shared like {@link #arrivals(int[])}. */
    public double[] handles(int[] rows) {
        return allRows(rows) ? handles : gather(handles, rows);
    }

    /** The tier ordinals of these rows; shared like {@link #arrivals(int[])}. */
    public byte[] tiers(int[] rows) {
        if (allRows(rows)) {
            return tiers;
        }
        byte[] result = new byte[rows.length];
        for (int j = 0; j < rows.length; j++) {
            result[j] = tiers[rows[j]];
        }
        return result;
    }

    private boolean allRows(int[] rows) {
        return rows.length == size && rows[size - 1] == size - 1;
    }

    private static double[] gather(double[] column, int[] rows) {
        double[] result = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            result[j] = column[rows[j]];
        }
        return result;
    }

    /** Heap bytes held by the columns, for footprint reports (bytes per contact = this / {@link #size()}). */
    public long footprintBytes() {
        long customerTable = 16L + 4L * customerIds.length;
        for (String id : customerIds) {
            customerTable += 24 + 16 + id.length();
        }
        return contactIds.footprint() + Footprint.bytes(customers) + customerTable + Footprint.bytes(tiers)
                + Footprint.bytes(channels) + Footprint.bytes(arrivals) + Footprint.bytes(handles)
                + (patience == null ? 0 : Footprint.bytes(patience))
                + (patienceAtLeast == null ? 0 : Footprint.bytes(patienceAtLeast))
                + (values == null ? 0 : Footprint.bytes(values));
    }

    /** Contact {@code i} as a record again. */
    public TraceContact contact(int i) {
        double known = patienceSeconds(i);
        Patience p = Double.isNaN(known) ? Patience.unknown()
                : patienceIsLowerBound(i) ? Patience.atLeast(known) : Patience.exactly(known);
        Instant arrival = origin.plusNanos(Math.round(arrivals[i] * 1e9));
        double value = customerValue(i);
        return new TraceContact(contactId(i), customerId(i), tier(i), channel(i), arrival, handles[i], p,
                Double.isNaN(value) ? null : value);
    }

    @Override
    public String toString() {
        return "Trace[" + size() + " contacts from " + origin + ", channels " + Arrays.toString(
                indicesByChannel().keySet().toArray()) + "]";
    }
}
