package io.servicebalance.eventstore.bulk;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
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

    private final PayloadWriter payloads;
    private final OrderedIds ids;
    private final ConcurrentMap<String, byte[]> texts;
    private final byte[] emptyMetaData;
    private final Serializer serializer;
    private final RowBuffer out = new RowBuffer();
    private long rows;

    EventRows(Serializer serializer, OrderedIds ids, ConcurrentMap<String, byte[]> texts) {
        this.serializer = serializer;
        this.payloads = new PayloadWriter(serializer);
        this.ids = ids;
        this.texts = texts;
        this.emptyMetaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
    }

    /** A cache of the short texts every row repeats (payload types, revisions, aggregate types), for sharing. */
    static ConcurrentMap<String, byte[]> sharedTexts() {
        return new ConcurrentHashMap<>();
    }

    void add(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        SerializedType type = payloads.type(payload);
        MetaData metaData = event.getMetaData();
        out.writeShort(9);
        ascii(ids.next().toString());
        bytes(metaData.isEmpty() ? emptyMetaData : serializer.serialize(metaData, byte[].class).getData());
        payloads.write(payload, out);
        bytes(repeated(type.getRevision()));
        bytes(repeated(type.getName()));
        ascii(AxonTimestamps.format(event.getTimestamp()));
        bytes(event.getAggregateIdentifier().getBytes(StandardCharsets.UTF_8));
        out.writeInt(8);
        out.writeLong(event.getSequenceNumber());
        bytes(repeated(event.getType()));
        rows++;
    }

    long rows() {
        return rows;
    }

    int size() {
        return out.size();
    }

    /** The rows encoded since the last call, as bytes ready for the copy. */
    byte[] take() {
        return out.take();
    }

    private byte[] repeated(String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t.getBytes(StandardCharsets.UTF_8));
    }

    private void ascii(String text) {
        out.writeInt(text.length());
        out.ascii(text);
    }

    private void bytes(byte[] value) {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value, 0, value.length);
        }
    }
}
