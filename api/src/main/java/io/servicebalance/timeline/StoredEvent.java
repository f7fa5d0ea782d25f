package io.servicebalance.timeline;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.springframework.jdbc.core.RowMapper;

/** One row of {@code domain_event_entry} as a rebuild reads it, payload still serialized (and not yet upcast). */
record StoredEvent(long position, String eventId, String recordedAt, String aggregateType, String aggregateId,
                   long sequenceNumber, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    static final String COLUMNS = "global_index, event_identifier, time_stamp, type, aggregate_identifier,"
            + " sequence_number, payload_type, payload_revision, payload, meta_data";

    static final RowMapper<StoredEvent> MAPPER = (rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10));

    private static final byte[] EMPTY = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The row as Axon's event store hands it to the upcaster chain, with its global index as tracking token. */
    TrackedEventData<byte[]> data() {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position), new GenericDomainEventEntry<>(
                aggregateType, aggregateId, sequenceNumber, eventId, recordedAt, payloadType, payloadRevision, payload,
                metaData == null ? EMPTY : metaData));
    }
}
