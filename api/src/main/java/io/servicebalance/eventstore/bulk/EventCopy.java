package io.servicebalance.eventstore.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows encoded by {@link EventRows} into {@code domain_event_entry} with PostgreSQL's binary {@code COPY}. The
 * global index comes from the column's identity sequence, as for every other append; event identifiers are
 * time-ordered UUIDs ({@link OrderedIds}) so that their unique index is filled at its right edge.
 */
final class EventCopy implements AutoCloseable {

    private static final String SQL = "COPY domain_event_entry (" + EventRows.COLUMNS + ") FROM STDIN (FORMAT binary)";
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};

    private final CopyIn copy;
    private long rows;

    EventCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        copy.writeToCopy(HEADER, 0, HEADER.length);
    }

    /** Sends {@code count} encoded rows. */
    void write(byte[] encoded, long count) throws SQLException {
        if (encoded.length > 0) {
            copy.writeToCopy(encoded, 0, encoded.length);
        }
        rows += count;
    }

    /** Ends the copy; returns the rows PostgreSQL took. */
    long finish() throws SQLException {
        copy.writeToCopy(TRAILER, 0, TRAILER.length);
        long copied = copy.endCopy();
        if (copied != rows) {
            throw new SQLException("COPY took " + copied + " of " + rows + " events");
        }
        return copied;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
