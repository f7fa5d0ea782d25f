package io.servicebalance.simulation.history;

import io.servicebalance.simulation.trace.IdDictionary;
import io.servicebalance.simulation.trace.RowOrder;
import java.util.Arrays;

/**
 * Collects recorded contacts straight into primitive columns, in any order, and builds {@link ContactColumns} in
 * arrival order (by arrival, ties by the contact id's bytes: the order of {@link RecordedContact#ARRIVAL} for ids in
 * the Basic Multilingual Plane). Rows that already come in that order are not sorted. Not thread-safe.
 */
public final class ContactColumnsBuilder {

    private final IdDictionary customerIds = new IdDictionary();
    private byte[] ids;
    private int[] idEnds;
    private int[] customers;
    private byte[] tiers;
    private byte[] channels;
    private byte[] types;
    private long[][] times;
    private long[] handles;
    private int size;
    private boolean ordered = true;

    /** @param expectedRows a capacity hint; the columns grow past it */
    public ContactColumnsBuilder(int expectedRows) {
        int n = Math.max(16, expectedRows);
        ids = new byte[n * 16];
        idEnds = new int[n];
        customers = new int[n];
        tiers = new byte[n];
        channels = new byte[n];
        types = new byte[n];
        times = new long[][] {new long[n], new long[n], new long[n], new long[n]};
        handles = new long[n];
    }

    /**
     * Adds one contact: its id and customer id as UTF-8 slices {@code [from, to)}, the ordinals of its tier, channel
     * and type, its instants in microseconds since the epoch ({@link ContactColumns#ABSENT} when absent) and the first
     * resolution's handle time in seconds (-1 when never resolved).
     */
    public void add(byte[] id, int idFrom, int idTo, byte[] customer, int customerFrom, int customerTo, int tier,
                    int channel, int type, long received, long answered, long abandoned, long acknowledged,
                    long handleSeconds) {
        if (size == customers.length) {
            grow();
        }
        int start = size == 0 ? 0 : idEnds[size - 1];
        int length = idTo - idFrom;
        if (start + length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(start + length, ids.length + (ids.length >> 1)));
        }
        System.arraycopy(id, idFrom, ids, start, length);
        idEnds[size] = start + length;
        if (ordered && size > 0 && !before(size - 1, size, received)) {
            ordered = false;
        }
        customers[size] = customerIds.intern(customer, customerFrom, customerTo);
        tiers[size] = (byte) tier;
        channels[size] = (byte) channel;
        types[size] = (byte) type;
        times[0][size] = received;
        times[1][size] = answered;
        times[2][size] = abandoned;
        times[3][size] = acknowledged;
        handles[size] = handleSeconds;
        size++;
    }

    /** The columns in arrival order; the builder must not be used afterwards. */
    public ContactColumns build() {
        if (ordered) {
            return new ContactColumns(size, ids, idEnds, customers, customerIds, tiers, channels, types, times,
                    handles);
        }
        int[] order = RowOrder.stable(size, (x, y) -> before(x, y, times[0][y]));
        byte[] sortedIds = new byte[size == 0 ? 0 : idEnds[size - 1]];
        int[] sortedEnds = new int[size];
        int at = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            int start = i == 0 ? 0 : idEnds[i - 1];
            System.arraycopy(ids, start, sortedIds, at, idEnds[i] - start);
            at += idEnds[i] - start;
            sortedEnds[k] = at;
        }
        long[][] sortedTimes = new long[4][];
        for (int t = 0; t < 4; t++) {
            sortedTimes[t] = RowOrder.permute(times[t], order);
        }
        IdDictionary renumbered = new IdDictionary();
        return new ContactColumns(size, sortedIds, sortedEnds, renumber(order, renumbered), renumbered,
                RowOrder.permute(tiers, order), RowOrder.permute(channels, order),
                RowOrder.permute(types, order), sortedTimes, RowOrder.permute(handles, order));
    }

    /** The customers of the rows in {@code order}, numbered in {@code into} by first arrival. */
    private int[] renumber(int[] order, IdDictionary into) {
        int[] number = new int[customerIds.size()];
        java.util.Arrays.fill(number, -1);
        byte[] bytes = customerIds.bytes();
        int[] result = new int[size];
        for (int k = 0; k < size; k++) {
            int old = customers[order[k]];
            if (number[old] < 0) {
                number[old] = into.intern(bytes, customerIds.start(old), customerIds.end(old));
            }
            result[k] = number[old];
        }
        return result;
    }

    /** Row x comes strictly before row y, which arrived at {@code yReceived}. */
    private boolean before(int x, int y, long yReceived) {
        long xReceived = times[0][x];
        if (xReceived != yReceived) {
            return xReceived < yReceived;
        }
        int xs = x == 0 ? 0 : idEnds[x - 1];
        int ys = y == 0 ? 0 : idEnds[y - 1];
        return Arrays.compareUnsigned(ids, xs, idEnds[x], ids, ys, idEnds[y]) < 0;
    }

    private void grow() {
        int n = size + (size >> 1);
        idEnds = Arrays.copyOf(idEnds, n);
        customers = Arrays.copyOf(customers, n);
        tiers = Arrays.copyOf(tiers, n);
        channels = Arrays.copyOf(channels, n);
        types = Arrays.copyOf(types, n);
        for (int t = 0; t < 4; t++) {
            times[t] = Arrays.copyOf(times[t], n);
        }
        handles = Arrays.copyOf(handles, n);
    }
}
