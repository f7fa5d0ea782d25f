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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/** Reads the stored events of the aggregates a bulk append touches, with the serializer that wrote them. */
final class StoredEvents {

    private static final int IDS_PER_QUERY = 10_000;
    private static final String SQL = "SELECT aggregate_identifier, sequence_number, type, payload_type,"
            + " payload_revision, payload, event_identifier FROM domain_event_entry"
            + " WHERE aggregate_identifier = ANY (?) ORDER BY aggregate_identifier, sequence_number";

    private final Serializer serializer;

    StoredEvents(Serializer serializer) {
        this.serializer = serializer;
    }

    /** Each listed aggregate that has events, with its events in sequence. */
    Map<String, List<DomainEventMessage<?>>> of(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<DomainEventMessage<?>>> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement select = connection.prepareStatement(SQL)) {
                Array array = connection.createArrayOf("varchar", part.toArray());
                select.setArray(1, array);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        DomainEventMessage<?> event = event(rows);
                        stored.computeIfAbsent(event.getAggregateIdentifier(), k -> new ArrayList<>()).add(event);
                    }
                }
            }
        }
        return stored;
    }

    private DomainEventMessage<?> event(ResultSet rows) throws SQLException {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rows.getBytes("payload"), byte[].class,
                rows.getString("payload_type"), rows.getString("payload_revision")));
        return new GenericDomainEventMessage<>(rows.getString("type"), rows.getString("aggregate_identifier"),
                rows.getLong("sequence_number"), payload);
    }
}
