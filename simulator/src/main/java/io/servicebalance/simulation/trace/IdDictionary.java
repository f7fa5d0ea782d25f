package io.servicebalance.simulation.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct identifiers, each stored once and numbered in order of first appearance; a row keeps only the number.
 * Open addressing over the UTF-8 bytes, so looking up a row's id creates no object. Public for readers that decode
 * ids straight from bytes (the contact history's window reader); not thread-safe.
 */
public final class IdDictionary {

    private byte[] bytes = new byte[1024];
    private int[] ends = new int[64];
    /** Open addressing: an entry's hash in the high half, its number + 1 in the low half (0: a free slot). */
    private long[] slots = new long[128];
    private int size;

    public int size() {
        return size;
    }

    /** The number of this id, added when new. */
    public int intern(byte[] source, int from, int to) {
        int hash = hash(source, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return add(source, from, to, hash, slot);
            }
            if ((int) (entry >>> 32) == hash && equal((int) entry - 1, source, from, to)) {
                return (int) entry - 1;
            }
        }
    }

    /** The number of this id, or -1 when it is not here. */
    public int indexOf(byte[] source, int from, int to) {
        int hash = hash(source, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0 || (int) (entry >>> 32) == hash && equal((int) entry - 1, source, from, to)) {
                return (int) entry - 1;
            }
        }
    }

    /** The bytes of every id end to end: id {@code i} is {@code [start(i), end(i))}; do not write to them. */
    public byte[] bytes() {
        return bytes;
    }

    public int start(int entry) {
        return entry == 0 ? 0 : ends[entry - 1];
    }

    public int end(int entry) {
        return ends[entry];
    }

    private int add(byte[] source, int from, int to, int hash, int slot) {
        int length = to - from;
        int start = size == 0 ? 0 : ends[size - 1];
        if (start + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(start + length, bytes.length * 2));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        System.arraycopy(source, from, bytes, start, length);
        ends[size] = start + length;
        slots[slot] = ((long) hash << 32) | (size + 1);
        int id = size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private boolean equal(int entry, byte[] source, int from, int to) {
        int start = entry == 0 ? 0 : ends[entry - 1];
        return Arrays.equals(bytes, start, ends[entry], source, from, to);
    }

    private static int hash(byte[] source, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + source[i];
        }
        // mixed: ids that differ in their last characters (c-1, c-2, ...) would fill neighbouring slots
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Every id as a string, by number. */
    public String[] strings() {
        String[] result = new String[size];
        for (int entry = 0; entry < size; entry++) {
            int start = entry == 0 ? 0 : ends[entry - 1];
            result[entry] = new String(bytes, start, ends[entry] - start, StandardCharsets.UTF_8);
        }
        return result;
    }
}
