package io.servicebalance.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's JDBC dead-letter queue that holds an event at most once per processor. Streaming processors deliver at least
 * once: a batch handled again after a segment changed hands would otherwise put a second letter of an event that
 * already waits behind the first (with no cause), and a successful retry would leave that copy waiting. The event
 * that already waits stays in its place; the copy is dropped.
 */
final class OncePerEventQueue<E extends EventMessage<?>> extends JdbcSequencedDeadLetterQueue<E> {

    private static final Logger LOG = LoggerFactory.getLogger(OncePerEventQueue.class);

    private final String group;
    private final JdbcTemplate jdbc;

    OncePerEventQueue(Builder<E> builder, String group, JdbcTemplate jdbc) {
        super(builder.processingGroup(group));
        this.group = group;
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends E> letter) {
        String eventId = letter.message().getIdentifier();
        if (waits(eventId)) {
            LOG.debug("event {} already waits in the dead-letter queue of {}; not enqueued twice", eventId, group);
            return;
        }
        super.enqueue(sequenceIdentifier, letter);
    }

    private boolean waits(String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? AND event_identifier = ?)", Boolean.class, group, eventId));
    }
}
