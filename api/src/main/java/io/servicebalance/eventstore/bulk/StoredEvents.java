package io.servicebalance.eventstore.bulk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.servicebalance.eventstore.UpcastEvents;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;

/**
 * Reads the stored events of the aggregates a bulk append touches, upcast and deserialized as Axon's event store
 * reads them.
 */
final class StoredEvents {

    private static final int IDS_PER_QUERY = 10_000;
    private static final String SQL = "SELECT aggregate_identifier, sequence_number, type, payload_type,"
            + " payload_revision, payload, event_identifier, time_stamp, meta_data FROM domain_event_entry"
            + " WHERE aggregate_identifier = ANY (?) ORDER BY aggregate_identifier, sequence_number";

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final UpcastEvents decoding;

    StoredEvents(UpcastEvents decoding) {
        this.decoding = decoding;
    }

    /** Each listed aggregate that has events, with its events in sequence. */
    Map<String, List<DomainEventMessage<?>>> of(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<DomainEventMessage<?>>> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement select = connection.prepareStatement(SQL)) {
                Array array = connection.createArrayOf("varchar", part.toArray());
                select.setArray(1, array);
                List<DomainEventData<byte[]>> data = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        data.add(row(rows));
                    }
                }
                for (DomainEventMessage<?> event : decoding.domain(data)) {
                    stored.computeIfAbsent(event.getAggregateIdentifier(), k -> new ArrayList<>()).add(event);
                }
            }
        }
        return stored;
    }

    private static DomainEventData<byte[]> row(ResultSet rows) throws SQLException {
        byte[] metaData = rows.getBytes("meta_data");
        return new GenericDomainEventEntry<>(rows.getString("type"), rows.getString("aggregate_identifier"),
                rows.getLong("sequence_number"), rows.getString("event_identifier"), rows.getString("time_stamp"),
                rows.getString("payload_type"), rows.getString("payload_revision"), rows.getBytes("payload"),
                metaData == null ? NO_META_DATA : metaData);
    }
}
