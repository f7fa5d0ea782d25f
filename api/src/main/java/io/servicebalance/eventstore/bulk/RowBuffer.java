package io.servicebalance.eventstore.bulk;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for binary {@code COPY} rows: big-endian numbers, ASCII text, and values whose length is only
 * known once they are written (a serializer writes straight into the buffer; the length is filled in afterwards).
 */
final class RowBuffer extends OutputStream {

    private byte[] bytes = new byte[1 << 16];
    private int size;

    int size() {
        return size;
    }

    /** The bytes written since the last call; the buffer is empty afterwards. */
    byte[] take() {
        byte[] taken = Arrays.copyOf(bytes, size);
        size = 0;
        return taken;
    }

    @Override
    public void write(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void writeShort(int v) {
        room(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    void writeInt(int v) {
        room(4);
        put(size, v);
        size += 4;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    /** Writes the characters of an ASCII text as bytes. */
    void ascii(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    /** Reserves a length field for a value about to be written; returns where it is. */
    int openLength() {
        writeInt(0);
        return size;
    }

    /** Fills in the length of the value written since {@link #openLength()}. */
    void closeLength(int start) {
        put(start - 4, size - start);
    }

    @Override
    public void close() {
        // the buffer stays open: a serializer closing its target ends one value, not the rows
    }

    private void put(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
