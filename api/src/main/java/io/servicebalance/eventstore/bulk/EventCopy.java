package io.servicebalance.eventstore.bulk;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams events into {@code domain_event_entry} with PostgreSQL's binary {@code COPY}, in the columns, formats and
 * serializer Axon's {@code JdbcEventStorageEngine} writes: JSON payload and metadata in {@code bytea}, the payload's
 * class and {@code @Revision}, Axon's timestamp text, aggregate id, sequence number and aggregate type. The global
 * index comes from the column's identity sequence, as for every other append. Event identifiers are time-ordered UUIDs
 * ({@link OrderedIds}) so that their unique index is filled at its right edge.
 */
final class EventCopy implements AutoCloseable {

    private static final String SQL = "COPY domain_event_entry (event_identifier, meta_data, payload, payload_revision,"
            + " payload_type, time_stamp, aggregate_identifier, sequence_number, type) FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FLUSH_AT = 1 << 18;

    private final OrderedIds ids = new OrderedIds();
    private final CopyIn copy;
    private final Serializer serializer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + (1 << 16));
    private final DataOutputStream out = new DataOutputStream(buffer);
    private long rows;

    EventCopy(Connection connection, Serializer serializer) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        this.serializer = serializer;
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(DomainEventMessage<?> event) throws SQLException {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(event.getMetaData(), byte[].class);
        try {
            out.writeShort(9);
            text(ids.next().toString());
            bytes(metaData.getData());
            bytes(payload.getData());
            text(payload.getType().getRevision());
            text(payload.getType().getName());
            text(DateTimeUtils.formatInstant(event.getTimestamp()));
            text(event.getAggregateIdentifier());
            out.writeInt(8);
            out.writeLong(event.getSequenceNumber());
            text(event.getType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the copy; returns the rows PostgreSQL took. */
    long finish() throws SQLException {
        try {
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush();
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

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
    }

    private void text(String value) throws IOException {
        bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}
