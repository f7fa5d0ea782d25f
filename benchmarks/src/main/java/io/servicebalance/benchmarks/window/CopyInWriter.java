package io.servicebalance.benchmarks.window;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** A writer into a running {@code COPY ... FROM STDIN}, sent in 64 KiB chunks. */
final class CopyInWriter extends Writer {

    private final CopyIn copy;
    private final StringBuilder pending = new StringBuilder(1 << 16);

    CopyInWriter(CopyIn copy) {
        this.copy = copy;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        pending.append(chars, off, len);
        if (pending.length() >= 1 << 16) {
            flush();
        }
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        pending.append(text);
        if (pending.length() >= 1 << 16) {
            flush();
        }
        return this;
    }

    @Override
    public void flush() throws IOException {
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Sends what is left and ends the COPY; the number of rows written. */
    long finish() throws IOException {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        pending.setLength(0);
    }
}
