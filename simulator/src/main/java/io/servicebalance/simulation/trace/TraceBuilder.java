package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Collects contacts straight into primitive columns and builds a {@link Trace}: no object per contact on the way.
 * Rows may come in any order; {@link #build()} orders them by arrival (ties keep their order). Not thread-safe.
 */
public final class TraceBuilder {

    private static final long NANOS = 1_000_000_000L;

    private final IdColumn contactIds;
    private final IdDictionary customerIds = new IdDictionary();
    private int[] customers;
    private byte[] tiers;
    private byte[] channels;
    private long[] seconds;
    private int[] nanos;
    private double[] handles;
    private double[] patience;
    private boolean[] patienceAtLeast;
    private double[] values;
    private int size;
    private boolean ordered = true;

    /** @param expectedRows a capacity hint; the columns grow past it */
    public TraceBuilder(int expectedRows) {
        int n = Math.max(16, expectedRows);
        contactIds = new IdColumn(n, 8);
        customers = new int[n];
        tiers = new byte[n];
        channels = new byte[n];
        seconds = new long[n];
        nanos = new int[n];
        handles = new double[n];
        patience = new double[n];
        patienceAtLeast = new boolean[n];
        values = new double[n];
    }

    public int size() {
        return size;
    }

    /** Adds one contact; the arguments are assumed valid (see {@link TraceContact} for the rules). */
    public TraceBuilder add(TraceContact c) {
        byte[] id = c.contactId().getBytes(StandardCharsets.UTF_8);
        byte[] customer = c.customerId().getBytes(StandardCharsets.UTF_8);
        Patience p = c.patience();
        add(id, 0, id.length, customer, 0, customer.length, c.tier(), c.channel(), c.arrival().getEpochSecond(),
                c.arrival().getNano(), c.handleSeconds(), p.kind() == Patience.Kind.UNKNOWN ? Double.NaN : p.seconds(),
                p.kind() == Patience.Kind.AT_LEAST, c.customerValue() == null ? Double.NaN : c.customerValue());
        return this;
    }

    /**
     * Adds one contact from UTF-8 slices {@code [from, to)} of byte arrays.
     *
     * @param patienceSeconds NaN when unknown
     * @param value           NaN when unknown
     */
    void add(byte[] idBytes, int idFrom, int idTo, byte[] customerBytes, int customerFrom, int customerTo,
             ServiceTier tier, Channel channel, long epochSecond, int nano, double handleSeconds,
             double patienceSeconds, boolean atLeast, double value) {
        if (size == customers.length) {
            grow();
        }
        if (size > 0 && ordered) {
            long previous = seconds[size - 1];
            ordered = previous < epochSecond || previous == epochSecond && nanos[size - 1] <= nano;
        }
        contactIds.add(idBytes, idFrom, idTo);
        customers[size] = customerIds.intern(customerBytes, customerFrom, customerTo);
        tiers[size] = (byte) tier.ordinal();
        channels[size] = (byte) channel.ordinal();
        seconds[size] = epochSecond;
        nanos[size] = nano;
        handles[size] = handleSeconds;
        patience[size] = patienceSeconds;
        patienceAtLeast[size] = atLeast;
        values[size] = value;
        size++;
    }

    private void grow() {
        int n = size + (size >> 1);
        customers = Arrays.copyOf(customers, n);
        tiers = Arrays.copyOf(tiers, n);
        channels = Arrays.copyOf(channels, n);
        seconds = Arrays.copyOf(seconds, n);
        nanos = Arrays.copyOf(nanos, n);
        handles = Arrays.copyOf(handles, n);
        patience = Arrays.copyOf(patience, n);
        patienceAtLeast = Arrays.copyOf(patienceAtLeast, n);
        values = Arrays.copyOf(values, n);
    }

    /**
     * The trace of the rows added, in arrival order; the builder must not be used afterwards.
     *
     * @throws IllegalArgumentException when no row was added
     */
    public Trace build() {
        if (size == 0) {
            throw new IllegalArgumentException("the trace has no contacts");
        }
        int[] order = ordered ? null : arrivalOrder();
        int first = order == null ? 0 : order[0];
        Instant origin = Instant.ofEpochSecond(seconds[first], nanos[first]);
        double[] arrivals = new double[size];
        for (int k = 0; k < size; k++) {
            int i = order == null ? k : order[k];
            long s = seconds[i] - seconds[first];
            long n = (long) nanos[i] - nanos[first];
            if (n < 0) {
                n += NANOS;
                s--;
            }
            arrivals[k] = s + n / 1e9;
        }
        seconds = null;
        nanos = null;
        return new Trace(origin, contactIds.compact(order), permute(customers, order), customerIds.strings(),
                permute(tiers, order), permute(channels, order), arrivals, permute(handles, order),
                permute(patience, order), permute(patienceAtLeast, order), permute(values, order));
    }

    /** A stable order of the rows by arrival instant (bottom-up merge sort of row numbers). */
    private int[] arrivalOrder() {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        int[] b = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || !before(a[j], a[i]))) {
                        b[k] = a[i++];
                    } else {
                        b[k] = a[j++];
                    }
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Row x arrives strictly before row y. */
    private boolean before(int x, int y) {
        return seconds[x] < seconds[y] || seconds[x] == seconds[y] && nanos[x] < nanos[y];
    }

    private int[] permute(int[] column, int[] order) {
        if (order == null) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
        int[] result = new int[size];
        for (int k = 0; k < size; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    private byte[] permute(byte[] column, int[] order) {
        if (order == null) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
        byte[] result = new byte[size];
        for (int k = 0; k < size; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    private boolean[] permute(boolean[] column, int[] order) {
        if (order == null) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
        boolean[] result = new boolean[size];
        for (int k = 0; k < size; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    private double[] permute(double[] column, int[] order) {
        if (order == null) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
        double[] result = new double[size];
        for (int k = 0; k < size; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }
}
