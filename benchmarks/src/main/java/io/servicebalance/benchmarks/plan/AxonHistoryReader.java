package io.servicebalance.benchmarks.plan;

import io.servicebalance.simulation.history.HistoryAssembler;
import io.servicebalance.simulation.history.RecordedHistory;
import java.time.Instant;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the same history through Axon's own event stream (every event, deserialized by Axon), as the reference the
 * bulk reader is measured against.
 */
final class AxonHistoryReader {

    private final EventStore eventStore;

    AxonHistoryReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    RecordedHistory read(Instant from, Instant to) {
        HistoryAssembler assembler = new HistoryAssembler();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
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
