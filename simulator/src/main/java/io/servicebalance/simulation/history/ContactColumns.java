package io.servicebalance.simulation.history;

import io.servicebalance.simulation.trace.IdDictionary;

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

    int idStart(int i) {
        return i == 0 ? 0 : idEnds[i - 1];
    }
}
