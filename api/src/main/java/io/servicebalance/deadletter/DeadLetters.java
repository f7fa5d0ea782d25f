package io.servicebalance.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dead letters of every event processor, read from their table (so every node sees the same), and the
 * operations on them: retry a letter's sequence through its processor's handlers, evict a letter, or dead-letter an
 * event a rebuild could not apply.
 */
@Component
public class DeadLetters {

    /** A letter as admins see it: which event, why it failed, how often it was tried. No payload (personal data). */
    public record Letter(String id, String processor, String sequence, long index, String eventId, String eventType,
                         String aggregateId, Long aggregateSequence, String recordedAt, String enqueuedAt,
                         String lastTouched, String causeType, String causeMessage, int attempts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** Letters waiting, oldest first; {@code processor} null for every processor. */
    public List<Letter> list(String processor, int limit) {
        return jdbc.query("SELECT dead_letter_id, processing_group, sequence_identifier, sequence_index,"
                + " event_identifier, payload_type, aggregate_identifier, sequence_number, time_stamp, enqueued_at,"
                + " last_touched, cause_type, cause_message, diagnostics FROM " + DeadLetterConfiguration.TABLE
                + " WHERE (?::text IS NULL OR processing_group = ?) ORDER BY enqueued_at, processing_group,"
                + " sequence_identifier, sequence_index LIMIT ?", (rs, n) -> new Letter(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), simpleName(rs.getString(6)),
                rs.getString(7), (Long) rs.getObject(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), attempts(rs.getBytes(14))), processor, processor, limit);
    }

    /** Letters waiting per processor (every processor named, with 0 when none wait). */
    public Map<String, Long> waiting() {
        Map<String, Long> counts = new TreeMap<>();
        processing.eventProcessors().keySet().forEach(name -> counts.put(name, 0L));
        jdbc.query("SELECT processing_group, count(*) FROM " + DeadLetterConfiguration.TABLE
                + " GROUP BY processing_group", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public Optional<Letter> find(String id) {
        return jdbc.query("SELECT processing_group FROM " + DeadLetterConfiguration.TABLE + " WHERE dead_letter_id = ?",
                        (rs, n) -> rs.getString(1), id).stream().findFirst()
                .flatMap(group -> list(group, Integer.MAX_VALUE).stream().filter(l -> l.id().equals(id)).findFirst());
    }

    /**
     * Hands the sequence of letter {@code id} (its aggregate's letters, in order) to its processor's handlers again.
     * Letters that pass leave the queue; a letter that fails again stays, with its attempt counted.
     *
     * @return the letters of the sequence still waiting, or empty when there is no such letter
     */
    public Optional<Long> retry(String id) {
        Optional<Letter> letter = find(id);
        letter.ifPresent(l -> processing.sequencedDeadLetterProcessor(l.processor()).orElseThrow()
                .process(d -> d instanceof JdbcDeadLetter<?> j && j.getSequenceIdentifier().equals(l.sequence())));
        return letter.map(l -> jdbc.queryForObject("SELECT count(*) FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? AND sequence_identifier = ?", Long.class, l.processor(), l.sequence()));
    }

    /** Drops letter {@code id} for good (its event is never applied); false when there is no such letter. */
    public boolean evict(String id) {
        return jdbc.update("DELETE FROM " + DeadLetterConfiguration.TABLE + " WHERE dead_letter_id = ?", id) > 0;
    }

    /**
     * Dead-letters an event that {@code processor}'s read model could not take outside live processing (a rebuild),
     * in the sequence live processing would use, unless that event already waits there.
     */
    public void deadLetter(String processor, EventMessage<?> event, Throwable cause) {
        Integer present = jdbc.queryForObject("SELECT count(*) FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? AND event_identifier = ?", Integer.class, processor, event.getIdentifier());
        if (present > 0) {
            return;
        }
        FailureLog.firstFailure(event, cause);
        Object sequence = Optional.ofNullable(processing.sequencingPolicy(processor).getSequenceIdentifierFor(event))
                .orElse(event.getIdentifier());
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processor).orElseThrow();
        queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(
                sequence, event, FailureLog.storable(cause)).withDiagnostics(MetaData.with(FailureLog.ATTEMPTS, 1)));
    }

    private static int attempts(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            JsonNode node = JSON.readTree(diagnostics).path(FailureLog.ATTEMPTS);
            return node.isMissingNode() ? 0 : node.asInt();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
