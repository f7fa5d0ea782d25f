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

    /**
     * Business times of the first and last contact received, if any: the span a plan's window must overlap. Only
     * times of years 0000 to 9999 count: the instant is taken from the stored JSON text without parsing the document
     * (PostgreSQL's JSON types refuse a NUL character anywhere in it), and a stored time outside PostgreSQL's range
     * never fails the check.
     */
    public java.util.Optional<Instant[]> contactSpan() {
        List<Instant[]> span = jdbc.query("SELECT min(at), max(at) FROM (SELECT substring(convert_from(payload, 'UTF8')"
                        + " FROM '\"occurredAt\":\"([0-9]{4}-[0-9]{2}-[0-9]{2}T[^\"]*)\"')::timestamptz AS at"
                        + " FROM domain_event_entry WHERE payload_type = ?) c",
                (rs, n) -> rs.getTimestamp(1) == null ? null : new Instant[] {rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2).toInstant()},
                io.servicebalance.contact.ContactEvents.ContactReceived.class.getName());
        return span.isEmpty() || span.get(0) == null ? java.util.Optional.empty() : java.util.Optional.of(span.get(0));
    }

    /**
     * Why a scenario's window cannot be replayed on this history (empty when it can): no history at all, or a window
     * that holds none of its contacts.
     */
    public List<String> windowProblems(Instant from, Instant to) {
        java.util.Optional<Instant[]> span = contactSpan();
        if (span.isEmpty()) {
            return List.of("the event store holds no contacts to replay: record or seed a history first");
        }
        Instant first = span.get()[0];
        Instant last = span.get()[1];
        if ((to != null && !to.isAfter(first)) || (from != null && from.isAfter(last))) {
            return List.of("window lies outside the history: contacts were received from " + first + " to " + last);
        }
        return List.of();
    }

    private Object payload(byte[] json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored event of type " + type.getSimpleName(), e);
        }
    }
}
