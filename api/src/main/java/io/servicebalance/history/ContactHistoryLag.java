package io.servicebalance.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the contact history read model is behind the event store, from the processor's tokens in the token store
 * (the same answer on every node). Caught up means: every segment's token is at or past the store's head, and none of
 * the positions a token still waits for (gaps) holds a committed event.
 */
@Component
public class ContactHistoryLag {

    /** The name of the contact history's processor, for {@link #now(String)}. */
    public static final String PROCESSOR = ContactHistoryProjection.NAME;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ContactHistoryLag(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The state of the read model against the head of the event store now. */
    public Lag now() {
        return against(jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry",
                Long.class));
    }

    /** The state of the read model against a given head: whether every event stored up to it is in. */
    public Lag against(long head) {
        return against(ContactHistoryProjection.NAME, head);
    }

    /**
     * The same for any tracking processor, from its tokens in the token store: the same answer on every node, whichever
     * node holds which segment.
     */
    public Lag now(String processor) {
        return against(processor, jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM"
                + " domain_event_entry", Long.class));
    }

    private Lag against(String processor, long head) {
        List<TrackingToken> tokens = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, n) -> token(rs.getBytes(1), rs.getString(2)), processor);
        if (head < 0) {
            return new Lag(head, head, true);
        }
        long processed = tokens.isEmpty() ? -1 : Long.MAX_VALUE;
        List<Long> gaps = new ArrayList<>();
        for (TrackingToken token : tokens) {
            processed = Math.min(processed, token == null ? -1 : token.position().orElse(-1));
            if (token instanceof GapAwareTrackingToken gapAware) {
                gapAware.getGaps().stream().filter(g -> g <= head).forEach(gaps::add);
            }
        }
        boolean caughtUp = processed >= head && !committed(gaps);
        return new Lag(head, Math.min(processed, head), caughtUp);
    }

    private boolean committed(List<Long> gaps) {
        if (gaps.isEmpty()) {
            return false;
        }
        Boolean any = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index ="
                + " ANY (?))", Boolean.class, (Object) gaps.toArray(Long[]::new));
        return Boolean.TRUE.equals(any);
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
        return WrappedToken.unwrapLowerBound(token);
    }

    /**
     * The read model's position against the store's head (global indexes; -1 for none).
     *
     * @param caughtUp every event stored up to {@code head} is in the read model
     */
    public record Lag(long head, long processed, boolean caughtUp) {

        /** Events stored after the read model's position (0 when caught up). */
        public long behind() {
            return caughtUp ? 0 : Math.max(1, head - processed);
        }

        /** Where the read model stands, for people: none processed yet, or up to which global index of the head. */
        public String position() {
            return processed < 0
                    ? String.format(Locale.ROOT, "none processed yet; the store's head is global index %,d", head)
                    : String.format(Locale.ROOT, "processed up to global index %,d of %,d", processed, head);
        }
    }
}
