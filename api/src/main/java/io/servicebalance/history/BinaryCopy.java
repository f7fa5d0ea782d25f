package io.servicebalance.history;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads the rows of a {@code COPY ... TO STDOUT (FORMAT binary)}: no text to parse, so a window of a million contacts
 * is read in about a second. Fields are read in the order of the query's columns. Decodes from a buffer of its own
 * (big-endian by hand): no synchronized stream call per field.
 */
final class BinaryCopy implements AutoCloseable {

    private static final long EPOCH_2000 = 946_684_800L;
    private static final int HEADER = 11 + 4;
    /** The longest field this reader takes: its buffer's size. */
    static final int MAX_FIELD = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[MAX_FIELD];
    private int position;
    private int limit;

    BinaryCopy(InputStream copyOut) throws IOException {
        this.in = copyOut;
        skip(HEADER);
        skip(readInt());
    }

    /** Moves to the next row; false at the end of the data. */
    boolean next() throws IOException {
        require(2);
        short fields = (short) (((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff));
        position += 2;
        return fields >= 0;
    }

    /** A text field, or null. */
    String text() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        require(length);
        String text = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    /**
     * A text or bytea field's bytes copied into {@code into} from its start (it must be long enough: see
     * {@link #MAX_FIELD}); its length, or -1 for null. No object is created.
     */
    int bytes(byte[] into) throws IOException {
        int length = readInt();
        if (length < 0) {
            return -1;
        }
        require(length);
        System.arraycopy(buffer, position, into, 0, length);
        position += length;
        return length;
    }

    /**
     * The index of a text field among {@code names} (UTF-8 bytes), compared byte by byte without creating a string;
     * {@code ifNull} for null.
     *
     * @throws IOException when the field is none of them
     */
    int ordinal(byte[][] names, int ifNull) throws IOException {
        int length = readInt();
        if (length < 0) {
            return ifNull;
        }
        require(length);
        int at = position;
        position += length;
        for (int k = 0; k < names.length; k++) {
            if (names[k].length == length && java.util.Arrays.equals(names[k], 0, length, buffer, at, at + length)) {
                return k;
            }
        }
        throw new IOException("unknown value " + new String(buffer, at, length, StandardCharsets.UTF_8));
    }

    /** A {@code timestamptz} as microseconds since the epoch, or {@code ifNull}. */
    long micros(long ifNull) throws IOException {
        return readInt() < 0 ? ifNull : readLong() + EPOCH_2000 * 1_000_000L;
    }

    /** An enum stored as its name; null stays null. */
    <E extends Enum<E>> E constant(E[] values) throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        require(length);
        int at = position;
        position += length;
        for (E value : values) {
            String n = value.name();
            if (n.length() == length && matches(n, at, length)) {
                return value;
            }
        }
        throw new IOException("unknown value " + new String(buffer, at, length, StandardCharsets.UTF_8));
    }

    /** A {@code timestamptz}, or null. */
    Instant instant() throws IOException {
        if (readInt() < 0) {
            return null;
        }
        long micros = readLong();
        return Instant.ofEpochSecond(EPOCH_2000 + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** A {@code bigint}, or the fallback when null. */
    long int8(long ifNull) throws IOException {
        return readInt() < 0 ? ifNull : readLong();
    }

    /** A {@code double precision}, or the fallback when null. */
    double float8(double ifNull) throws IOException {
        return readInt() < 0 ? ifNull : Double.longBitsToDouble(readLong());
    }

    /** A {@code boolean}, or the fallback when null. */
    boolean bool(boolean ifNull) throws IOException {
        if (readInt() < 0) {
            return ifNull;
        }
        require(1);
        return buffer[position++] != 0;
    }

    private int readInt() throws IOException {
        require(4);
        byte[] b = buffer;
        int p = position;
        position = p + 4;
        return ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    private long readLong() throws IOException {
        long high = readInt() & 0xffff_ffffL;
        long low = readInt() & 0xffff_ffffL;
        return (high << 32) | low;
    }

    private void skip(int n) throws IOException {
        while (n > 0) {
            require(1);
            int step = Math.min(n, limit - position);
            position += step;
            n -= step;
        }
    }

    /** Makes {@code n} bytes (at most the buffer's size) readable at {@code position}. */
    private void require(int n) throws IOException {
        if (limit - position >= n) {
            return;
        }
        if (n > buffer.length) {
            throw new IOException("a field of " + n + " bytes is longer than this reader takes");
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException("the copy ended in the middle of a row");
            }
            limit += read;
        }
    }

    private boolean matches(String name, int at, int length) {
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != buffer[at + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
