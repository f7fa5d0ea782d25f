package io.servicebalance.simulation.history;

import io.servicebalance.simulation.trace.IdDictionary;
import java.util.Arrays;

/**
 * The recorded contacts of a window column by column, in {@link RecordedContact#ARRIVAL} order: what a reader that
 * decodes rows straight from bytes hands to {@link HistoryWindow#build(java.time.Instant, java.time.Instant,
 * ContactColumns, CustomerFacts[], long)}, without an object per contact. Contact ids are UTF-8 bytes end to end,
 * customers numbers into {@link #customerIds()}, enums their ordinals, instants microseconds since the epoch
 * ({@link #ABSENT} when there is none). Built by {@link ContactColumnsBuilder}.
 */
public final class ContactColumns {

    /** An instant that is not there (never answered, never abandoned, never acknowledged). */
    public static final long ABSENT = Long.MIN_VALUE;

    final int size;
    final byte[] ids;
    final int[] idEnds;
    final int[] customers;
    final IdDictionary customerIds;
    final byte[] tiers;
    final byte[] channels;
    final byte[] types;
    final long[] received;
    final long[] answered;
    final long[] abandoned;
    final long[] acknowledged;
    final long[] handles;

    ContactColumns(int size, byte[] ids, int[] idEnds, int[] customers, IdDictionary customerIds, byte[] tiers,
                   byte[] channels, byte[] types, long[][] times, long[] handles) {
        this.size = size;
        this.ids = ids;
        this.idEnds = idEnds;
        this.customers = customers;
        this.customerIds = customerIds;
        this.tiers = tiers;
        this.channels = channels;
        this.types = types;
        this.received = times[0];
        this.answered = times[1];
        this.abandoned = times[2];
        this.acknowledged = times[3];
        this.handles = handles;
    }

    public int size() {
        return size;
    }

    /** The distinct customers of these contacts, numbered in the order they first arrive. */
    public IdDictionary customerIds() {
        return customerIds;
    }

    /** The customer of contact {@code i}, a number into {@link #customerIds()}. */
    public int customer(int i) {
        return customers[i];
    }

    /**
     * The contacts of {@code earlier} followed by those of {@code later}, every one of which arrived after (by
     * {@link RecordedContact#ARRIVAL}) every one of {@code earlier}'s: the columns of two consecutive time slices of a
     * window, read apart, as one read of the whole window gives them (customers numbered by first arrival). Neither
     * argument may be used afterwards.
     */
    public static ContactColumns concat(ContactColumns earlier, ContactColumns later) {
        if (later.size == 0) {
            return earlier;
        }
        if (earlier.size == 0) {
            return later;
        }
        int n = earlier.size + later.size;
        int idBytes = earlier.idEnds[earlier.size - 1];
        byte[] ids = Arrays.copyOf(earlier.ids, idBytes + later.idEnds[later.size - 1]);
        System.arraycopy(later.ids, 0, ids, idBytes, later.idEnds[later.size - 1]);
        int[] idEnds = Arrays.copyOf(earlier.idEnds, n);
        for (int i = 0; i < later.size; i++) {
            idEnds[earlier.size + i] = idBytes + later.idEnds[i];
        }
        IdDictionary dictionary = earlier.customerIds;
        IdDictionary laterIds = later.customerIds;
        int[] number = new int[laterIds.size()];
        for (int c = 0; c < number.length; c++) {
            number[c] = dictionary.intern(laterIds.bytes(), laterIds.start(c), laterIds.end(c));
        }
        int[] customers = Arrays.copyOf(earlier.customers, n);
        for (int i = 0; i < later.size; i++) {
            customers[earlier.size + i] = number[later.customers[i]];
        }
        int m = earlier.size;
        long[][] times = {joined(earlier.received, later.received, m, n),
            joined(earlier.answered, later.answered, m, n), joined(earlier.abandoned, later.abandoned, m, n),
            joined(earlier.acknowledged, later.acknowledged, m, n)};
        return new ContactColumns(n, ids, idEnds, customers, dictionary, joined(earlier.tiers, later.tiers, m, n),
                joined(earlier.channels, later.channels, m, n), joined(earlier.types, later.types, m, n), times,
                joined(earlier.handles, later.handles, m, n));
    }

    /** The first {@code m} values of {@code first}, then {@code second}'s up to {@code n} in all. */
    private static long[] joined(long[] first, long[] second, int m, int n) {
        long[] all = Arrays.copyOf(first, n);
        System.arraycopy(second, 0, all, m, n - m);
        return all;
    }

    private static byte[] joined(byte[] first, byte[] second, int m, int n) {
        byte[] all = Arrays.copyOf(first, n);
        System.arraycopy(second, 0, all, m, n - m);
        return all;
    }

    int idStart(int i) {
        return i == 0 ? 0 : idEnds[i - 1];
    }
}
