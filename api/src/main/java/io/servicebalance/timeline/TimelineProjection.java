package io.servicebalance.timeline;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the customer read models current from the event stream. Runs in a pooled streaming processor whose token is
 * stored in the same transaction as the rows; every write is idempotent, so events replayed after a crash change
 * nothing. While a rebuild runs, it writes the generation being built too.
 */
@Component
@ProcessingGroup(Generations.NAME)
class TimelineProjection {

    private final TimelineWriter writer;
    private final Generations generations;
    private final TimelineStream stream;
    private final AtomicLong position = new AtomicLong(-1);

    TimelineProjection(TimelineWriter writer, Generations generations, TimelineStream stream) {
        this.writer = writer;
        this.generations = generations;
        this.stream = stream;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token) {
        long at = token == null ? -1 : token.position().orElse(-1);
        java.util.List<Integer> targets = generations.writable();
        for (int generation : targets) {
            boolean live = generation == targets.get(0);
            writer.write(generation, message.getIdentifier(), at, recordedAt, event).ifPresent(row -> {
                if (live && TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            stream.publish(row, recordedAt);
                        }
                    });
                }
            });
        }
        position.accumulateAndGet(at, Math::max);
    }

    /** The global position of the last event processed, for the lag metric. */
    long position() {
        return position.get();
    }
}
