package io.servicebalance.eventstore.bulk;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Encodes events as rows of {@code domain_event_entry} in PostgreSQL's binary {@code COPY} format, in the columns,
 * formats and serializer Axon's {@code JdbcEventStorageEngine} writes: JSON payload and metadata in {@code bytea}, the
 * payload's class and {@code @Revision}, Axon's timestamp text, aggregate id, sequence number and aggregate type. One
 * instance per thread; the serializer and the identifiers are shared.
 */
final class EventRows {

    /** The columns, in the order {@link #add} writes them. */
    static final String COLUMNS = "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
            + " aggregate_identifier, sequence_number, type";

    private final Serializer serializer;
    private final OrderedIds ids;
    private final ConcurrentMap<String, byte[]> texts;
    private final byte[] emptyMetaData;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(buffer);
    private long rows;

    EventRows(Serializer serializer, OrderedIds ids, ConcurrentMap<String, byte[]> texts) {
        this.serializer = serializer;
        this.ids = ids;
        this.texts = texts;
        this.emptyMetaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
    }

    /** A cache of the short texts every row repeats (payload types, revisions, aggregate types), for sharing. */
    static ConcurrentMap<String, byte[]> sharedTexts() {
        return new ConcurrentHashMap<>();
    }

    void add(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        MetaData metaData = event.getMetaData();
        try {
            out.writeShort(9);
            ascii(ids.next().toString());
            bytes(metaData.isEmpty() ? emptyMetaData : serializer.serialize(metaData, byte[].class).getData());
            bytes(payload.getData());
            bytes(repeated(payload.getType().getRevision()));
            bytes(repeated(payload.getType().getName()));
            ascii(AxonTimestamps.format(event.getTimestamp()));
            bytes(event.getAggregateIdentifier().getBytes(StandardCharsets.UTF_8));
            out.writeInt(8);
            out.writeLong(event.getSequenceNumber());
            bytes(repeated(event.getType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    int size() {
        return buffer.size();
    }

    /** The rows encoded since the last call, as bytes ready for the copy. */
    byte[] take() {
        byte[] taken = buffer.toByteArray();
        buffer.reset();
        return taken;
    }

    private byte[] repeated(String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t.getBytes(StandardCharsets.UTF_8));
    }

    private void ascii(String value) throws IOException {
        out.writeInt(value.length());
        out.writeBytes(value);
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
