package io.servicebalance.history;

import io.servicebalance.simulation.history.HistoryAssembler;
import io.servicebalance.simulation.history.RecordedHistory;
import java.time.Instant;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The reference the contact history is tested against: every stored event, as Axon's event stream delivers it. */
final class EventStreamHistory {

    private EventStreamHistory() {
    }

    static RecordedHistory read(EventStore events, Instant from, Instant to) {
        HistoryAssembler assembler = new HistoryAssembler();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                assembler.accept(stream.nextAvailable().getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event stream", e);
        }
        return assembler.build(from, to);
    }
}
