package io.servicebalance.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead-letters every event a handler fails on, and logs the failure's stack trace once: when the event is first
 * dead-lettered. A retry that fails again logs one line and counts the attempt in the letter's diagnostics.
 */
final class FailureLog implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";
    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Object previous = letter.diagnostics().get(ATTEMPTS);
        int attempts = previous == null ? 1 : Integer.parseInt(previous.toString()) + 1;
        EventMessage<?> event = letter.message();
        if (attempts == 1) {
            firstFailure(event, cause);
        } else {
            LOG.warn("retry {} of dead letter {} ({} of {}) failed again: {}", attempts - 1, event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), aggregate(event), cause.toString());
        }
        MetaData diagnostics = MetaData.with(ATTEMPTS, attempts);
        return Decisions.enqueue(storable(cause), l -> l.diagnostics().mergedWith(diagnostics));
    }

    /** The one log line with a stack trace that a failing event gets. */
    static void firstFailure(EventMessage<?> event, Throwable cause) {
        String aggregate = aggregate(event);
        LOG.warn("event {} ({} of {}) failed and waits in the dead-letter queue with the later events of {}",
                event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregate, aggregate, cause);
    }

    private static String aggregate(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : "-";
    }

    /** The cause as stored: its message truncated and free of control characters the database would refuse. */
    static ThrowableCause storable(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).replaceAll("\\p{Cntrl}+", " ");
        if (message.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
            message = message.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        }
        return new ThrowableCause(cause.getClass().getName(), message);
    }
}
