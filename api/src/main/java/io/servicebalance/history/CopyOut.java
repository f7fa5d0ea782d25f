package io.servicebalance.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs {@code COPY (select) TO STDOUT (FORMAT binary)} on one connection and reads its rows with a {@link BinaryCopy}. */
final class CopyOut {

    /** Reads the rows of a binary copy. */
    interface RowsReader<T> {
        T read(BinaryCopy rows) throws IOException;
    }

    private CopyOut() {
    }

    static <T> T read(JdbcTemplate jdbc, String select, RowsReader<T> reader) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (BinaryCopy rows = new BinaryCopy(new PGCopyInputStream(pg, "COPY (" + select
                    + ") TO STDOUT (FORMAT binary)"))) {
                return reader.read(rows);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the contact history", e);
            }
        });
    }
}
