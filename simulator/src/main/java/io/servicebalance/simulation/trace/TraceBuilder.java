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
    private final IdDictionary customerIds;
    private int[] customers;
    private byte[] tiers;
    private byte[] channels;
    /** Arrival in nanoseconds after the first row's arrival (negative when earlier). */
    private long[] offsets;
    private Instant first;
    private long earliest;
    private long latest;
    private double[] handles;
    private double[] patience;
    private boolean[] patienceAtLeast;
    private double[] values;
    private int size;
    private boolean ordered = true;

    /** @param expectedRows a capacity hint; the columns grow past it */
    public TraceBuilder(int expectedRows) {
        this(expectedRows, new IdDictionary());
    }

    /**
     * A builder whose rows name their customers by number in {@code customerIds} ({@link #add(byte[], int, int, int,
     * ServiceTier, Channel, long, int, double, double, boolean, double)}), numbered in the order of first arrival;
     * the trace takes that dictionary over.
     */
    public TraceBuilder(int expectedRows, IdDictionary customerIds) {
        this.customerIds = customerIds;
        int n = Math.max(16, expectedRows);
        contactIds = new IdColumn(n, 8);
        customers = new int[n];
        tiers = new byte[n];
        channels = new byte[n];
        offsets = new long[n];
        handles = new double[n];
    }

    public int size() {
        return size;
    }

    /**
     * Adds one contact; the arguments are assumed valid (see {@link TraceContact} for the rules).
     *
     * @throws IllegalArgumentException when its arrival lies more than 292 years from the first row's
     */
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
     * Adds one contact from UTF-8 slices {@code [from, to)} of byte arrays, creating no object: for readers that
     * decode rows straight from bytes. The arguments are assumed valid (see {@link TraceContact} for the rules).
     *
     * @param patienceSeconds NaN when unknown
     * @param value           NaN when unknown
     * @throws IllegalArgumentException when the arrival lies more than 292 years from the first row's
     */
    public void add(byte[] idBytes, int idFrom, int idTo, byte[] customerBytes, int customerFrom, int customerTo,
             ServiceTier tier, Channel channel, long epochSecond, int nano, double handleSeconds,
             double patienceSeconds, boolean atLeast, double value) {
        add(idBytes, idFrom, idTo, customerIds.intern(customerBytes, customerFrom, customerTo), tier, channel,
                epochSecond, nano, handleSeconds, patienceSeconds, atLeast, value);
    }

    /** As the byte-slice {@code add}, with the customer's number in the builder's dictionary instead of its id. */
    public void add(byte[] idBytes, int idFrom, int idTo, int customer, ServiceTier tier, Channel channel,
                    long epochSecond, int nano, double handleSeconds, double patienceSeconds, boolean atLeast,
                    double value) {
        long offset = offset(epochSecond, nano);
        if (size == customers.length) {
            grow();
        }
        if (size > 0 && ordered) {
            ordered = offsets[size - 1] <= offset;
        }
        contactIds.add(idBytes, idFrom, idTo);
        customers[size] = customer;
        tiers[size] = (byte) tier.ordinal();
        channels[size] = (byte) channel.ordinal();
        offsets[size] = offset;
        handles[size] = handleSeconds;
        if (!Double.isNaN(patienceSeconds)) {
            patience = ensure(patience, Double.NaN);
            patience[size] = patienceSeconds;
        }
        if (atLeast) {
            patienceAtLeast = ensure(patienceAtLeast);
            patienceAtLeast[size] = true;
        }
        if (!Double.isNaN(value)) {
            values = ensure(values, Double.NaN);
            values[size] = value;
        }
        size++;
    }

    private long offset(long epochSecond, int nano) {
        if (first == null) {
            first = Instant.ofEpochSecond(epochSecond, nano);
        }
        try {
            long offset = Math.addExact(Math.multiplyExact(Math.subtractExact(epochSecond, first.getEpochSecond()),
                    NANOS), nano - first.getNano());
            Math.subtractExact(Math.max(latest, offset), Math.min(earliest, offset));
            earliest = Math.min(earliest, offset);
            latest = Math.max(latest, offset);
            return offset;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("arrivals more than 292 years apart");
        }
    }

    /** A column kept only once a row has a value in it; the rows before get {@code absent}. */
    private double[] ensure(double[] column, double absent) {
        if (column != null) {
            return column;
        }
        double[] created = new double[customers.length];
        Arrays.fill(created, absent);
        return created;
    }

    private boolean[] ensure(boolean[] column) {
        return column != null ? column : new boolean[customers.length];
    }

    private void grow() {
        int n = size + (size >> 1);
        customers = Arrays.copyOf(customers, n);
        tiers = Arrays.copyOf(tiers, n);
        channels = Arrays.copyOf(channels, n);
        offsets = Arrays.copyOf(offsets, n);
        handles = Arrays.copyOf(handles, n);
        patience = patience == null ? null : grown(patience, n);
        patienceAtLeast = patienceAtLeast == null ? null : Arrays.copyOf(patienceAtLeast, n);
        values = values == null ? null : grown(values, n);
    }

    private double[] grown(double[] column, int n) {
        double[] result = Arrays.copyOf(column, n);
        Arrays.fill(result, column.length, n, Double.NaN);
        return result;
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
        int[] order = ordered ? null : RowOrder.stable(size, this::before);
        int firstRow = order == null ? 0 : order[0];
        long originOffset = offsets[firstRow];
        Instant origin = first.plusNanos(originOffset);
        double[] arrivals = new double[capacity(order)];
        for (int k = 0; k < size; k++) {
            long nanosAfter = offsets[order == null ? k : order[k]] - originOffset;
            arrivals[k] = Math.floorDiv(nanosAfter, NANOS) + Math.floorMod(nanosAfter, NANOS) / 1e9;
        }
        offsets = null;
        return new Trace(origin, size, contactIds.compact(order), permute(customers, order), customerIds.strings(),
                permute(tiers, order), permute(channels, order), arrivals, permute(handles, order),
                patience == null ? null : permute(patience, order),
                patienceAtLeast == null ? null : permute(patienceAtLeast, order),
                values == null ? null : permute(values, order));
    }

    /**
     * The length of the trace's columns: the builder's own when in order and at most 5% too long (no copy), else
     * exact.
     */
    private int capacity(int[] order) {
        return order == null && customers.length <= size + size / 20 + 16 ? customers.length : size;
    }

    /** Row x arrives strictly before row y. */
    private boolean before(int x, int y) {
        return offsets[x] < offsets[y];
    }

    private int[] permute(int[] column, int[] order) {
        if (order == null) {
            return column.length == capacity(null) ? column : Arrays.copyOf(column, size);
        }
        return RowOrder.permute(column, order);
    }

    private byte[] permute(byte[] column, int[] order) {
        if (order == null) {
            return column.length == capacity(null) ? column : Arrays.copyOf(column, size);
        }
        return RowOrder.permute(column, order);
    }

    private boolean[] permute(boolean[] column, int[] order) {
        if (order == null) {
            return column.length == capacity(null) ? column : Arrays.copyOf(column, size);
        }
        return RowOrder.permute(column, order);
    }

    private double[] permute(double[] column, int[] order) {
        if (order == null) {
            return column.length == capacity(null) ? column : Arrays.copyOf(column, size);
        }
        return RowOrder.permute(column, order);
    }
}
