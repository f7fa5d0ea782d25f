package io.servicebalance.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.eventstore.EventJson;
import io.servicebalance.simulation.history.HistoryAssembler;
import io.servicebalance.simulation.history.RecordedHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the recorded history straight from {@code domain_event_entry} in bulk: one streamed query (server-side cursor,
 * {@value #FETCH} rows per round trip) over only the event types the trace needs, payloads mapped with the event
 * store's own JSON mapping. Never one query per aggregate.
 */
@Component
public class HistoryReader {

    static final int FETCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper mapper = EventJson.mapper();

    HistoryReader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Contacts received in [from, to) (null: unbounded) and the facts of their customers. */
    public RecordedHistory read(Instant from, Instant to) {
        HistoryAssembler assembler = new HistoryAssembler();
        Map<String, Class<?>> types = new HashMap<>();
        HistoryAssembler.EVENT_TYPES.forEach(t -> types.put(t.getName(), t));
        List<String> names = List.copyOf(types.keySet());
        String placeholders = String.join(",", names.stream().map(n -> "?").toList());
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT payload_type, payload FROM domain_event_entry WHERE payload_type IN (" + placeholders + ")"
                        + " ORDER BY global_index",
                rs -> {
                    assembler.accept(payload(rs.getBytes(2), types.get(rs.getString(1))));
                }, names.toArray()));
        return assembler.build(from, to);
    }

    private Object payload(byte[] json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored event of type " + type.getSimpleName(), e);
        }
    }
}
