package io.servicebalance.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.serialization.Revision;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes an event straight into {@code domain_event_entry}, past the web layer and the aggregates, as a bug, an old
 * version or a careless import could have stored it: a real event's JSON, changed by {@code poison}.
 */
public final class PoisonedEvents {

    private static final ObjectMapper JSON = EventJson.mapper();

    private PoisonedEvents() {
    }

    /** @return the stored event's identifier */
    public static String store(JdbcTemplate jdbc, String aggregateType, String aggregateId, long sequence, Object event,
                               Consumer<ObjectNode> poison) {
        ObjectNode payload = JSON.valueToTree(event);
        poison.accept(payload);
        Revision revision = event.getClass().getAnnotation(Revision.class);
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, payload, payload_type, payload_revision,"
                        + " time_stamp, aggregate_identifier, sequence_number, type, meta_data)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, payload.toString().getBytes(),
                event.getClass().getName(), revision == null ? null : revision.value(), Instant.now().toString(),
                aggregateId, sequence, aggregateType, "{}".getBytes());
        return id;
    }
}
