package io.servicebalance.timeline;

import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.RowMapper;

/** One row of {@code domain_event_entry} as a rebuild reads it, payload still serialized. */
record StoredEvent(long position, String eventId, String recordedAt, String aggregateType, String aggregateId,
                   long sequenceNumber, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    static final String COLUMNS = "global_index, event_identifier, time_stamp, type, aggregate_identifier,"
            + " sequence_number, payload_type, payload_revision, payload, meta_data";

    static final RowMapper<StoredEvent> MAPPER = (rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));

    /** The event as Axon's processors see it, deserialized only when read (it may be what cannot be read). */
    EventMessage<?> message(Serializer serializer) {
        SerializedMessage<?> message = new SerializedMessage<>(eventId,
                new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision),
                new SimpleSerializedObject<>(metaData == null ? "{}".getBytes() : metaData, byte[].class,
                        MetaData.class.getName(), null), serializer);
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequenceNumber, message,
                () -> Instant.parse(recordedAt));
    }
}
