package io.servicebalance.simulation.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Identifiers of every row, their UTF-8 bytes end to end in one array with an end offset per row: about the length
 * of the id plus 4 bytes a row, where a {@code String} each would cost about 50.
 */
final class IdColumn {

    private byte[] bytes;
    private int[] ends;
    private int size;

    IdColumn(int rows, int bytesPerRow) {
        ends = new int[Math.max(16, rows)];
        bytes = new byte[Math.max(64, rows * bytesPerRow)];
    }

    private IdColumn(byte[] bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
        this.size = ends.length;
    }

    void add(byte[] source, int from, int to) {
        int length = to - from;
        int start = size == 0 ? 0 : ends[size - 1];
        if (start + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(start + length, bytes.length + (bytes.length >> 1)));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
        }
        System.arraycopy(source, from, bytes, start, length);
        ends[size++] = start + length;
    }

    String get(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
    }

    /** Exactly sized, in the order {@code order} gives (row k of the result is row order[k] of this). */
    IdColumn compact(int[] order) {
        int total = size == 0 ? 0 : ends[size - 1];
        if (order == null) {
            return new IdColumn(bytes.length == total ? bytes : Arrays.copyOf(bytes, total),
                    ends.length == size ? ends : Arrays.copyOf(ends, size));
        }
        byte[] sorted = new byte[total];
        int[] sortedEnds = new int[size];
        int at = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            int start = i == 0 ? 0 : ends[i - 1];
            int length = ends[i] - start;
            System.arraycopy(bytes, start, sorted, at, length);
            at += length;
            sortedEnds[k] = at;
        }
        return new IdColumn(sorted, sortedEnds);
    }

    /** Bytes held, for footprint reports. */
    long footprint() {
        return Footprint.bytes(bytes) + Footprint.bytes(ends);
    }
}
