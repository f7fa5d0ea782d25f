package io.servicebalance.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the customer read models current from the event stream. Runs in a pooled streaming processor whose token is
 * stored in the same transaction as the rows; every write is idempotent, so events replayed after a crash change
 * nothing. While a rebuild runs, it writes the generation being built too.
 * <p>
 * A new entry of the active generation is announced to every node ({@link TimelineNotices}) when its transaction
 * commits, for their live streams; an event processed again (a replay, a segment taken over) adds no entry and
 * announces nothing.
 * <p>
 * Each event is written under a savepoint: an event the database refuses rolls back only its own rows, and the
 * processor's dead-letter queue takes it (with the later events of its customer or contact) in the same transaction.
 */
@Component
@ProcessingGroup(Generations.NAME)
class TimelineProjection {

    private static final String TARGETS = TimelineProjection.class.getName() + ".generations";

    private final TimelineWriter writer;
    private final Generations generations;
    private final TimelineNotices notices;
    private final TransactionTemplate savepoint;

    TimelineProjection(TimelineWriter writer, Generations generations, TimelineNotices notices,
                       PlatformTransactionManager transactions) {
        this.writer = writer;
        this.generations = generations;
        this.notices = notices;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token) {
        long at = token == null ? -1 : token.position().orElse(-1);
        savepoint.execute(tx -> write(event, message, recordedAt, at));
    }

    /** Writes every writable generation; returns the row of the active one, if the event has one. */
    private Optional<TimelineRow> write(Object event, EventMessage<?> message, Instant recordedAt, long at) {
        List<Integer> targets = targets();
        Optional<TimelineRow> live = Optional.empty();
        for (int generation : targets) {
            Optional<TimelineRow> row = writer.write(generation, message.getIdentifier(), at, recordedAt, event);
            if (generation == targets.get(0)) {
                live = row;
                row.ifPresent(r -> notices.notifyNew(generation, message.getIdentifier()));
            }
        }
        return live;
    }

    /**
     * The generations to write, read once per processing batch (a rebuild's start or switch is seen by the next
     * batch; the rebuild itself reads every stored event, so no event is missed in between).
     */
    private List<Integer> targets() {
        if (!CurrentUnitOfWork.isStarted()) {
            return generations.writable();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(TARGETS, key -> generations.writable());
    }
}
