package io.servicebalance.eventstore.bulk;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;

/**
 * One aggregate instance handled by Axon's own aggregate machinery ({@link EventSourcedAggregate}, the annotated
 * command and event-sourcing handlers) without a repository or event store: the events it applies are collected in
 * memory with their aggregate type and sequence numbers, ready to be appended.
 */
final class InMemoryAggregate<T> {

    /** In-memory commands are never dispatched, so they share one message identifier. */
    private static final String COMMAND_ID = "bulk-append";

    private final EventSourcedAggregate<T> aggregate;
    private final Collector collector = new Collector();

    private InMemoryAggregate(AggregateType<T> type, List<DomainEventMessage<?>> stored) {
        aggregate = EventSourcedAggregate.initialize(newRoot(type.rootClass()), type.model(), collector,
                NoSnapshotTriggerDefinition.TRIGGER);
        if (!stored.isEmpty()) {
            aggregate.initializeState(DomainEventStream.of(stored));
        }
    }

    /** A new, empty aggregate: its first command must create it. */
    static <T> InMemoryAggregate<T> fresh(AggregateType<T> type) {
        return new InMemoryAggregate<>(type, List.of());
    }

    /** The aggregate as its stored events leave it; new events continue their sequence numbers. */
    static <T> InMemoryAggregate<T> continuing(AggregateType<T> type, List<DomainEventMessage<?>> stored) {
        return new InMemoryAggregate<>(type, stored);
    }

    /**
     * Handles one command with the aggregate's own handler.
     *
     * @return the events the command applied
     * @throws Exception whatever the handler threw; the aggregate is then unchanged (handlers check before applying)
     */
    List<DomainEventMessage<?>> handle(Object command) throws Exception {
        collector.events.clear();
        aggregate.handle(new GenericCommandMessage<>(new GenericMessage<>(COMMAND_ID, command, MetaData.emptyInstance()),
                command.getClass().getName()));
        return List.copyOf(collector.events);
    }

    private static <T> T newRoot(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " needs a no-argument constructor", e);
        }
    }

    /** Receives what the aggregate publishes; nothing else is ever subscribed. */
    private static final class Collector implements EventBus {
        private final List<DomainEventMessage<?>> events = new ArrayList<>();

        @Override
        public void publish(List<? extends EventMessage<?>> messages) {
            messages.forEach(m -> events.add((DomainEventMessage<?>) m));
        }

        @Override
        public Registration subscribe(Consumer<List<? extends EventMessage<?>>> consumer) {
            throw new UnsupportedOperationException("an in-memory aggregate publishes to its collector only");
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super EventMessage<?>> interceptor) {
            throw new UnsupportedOperationException("an in-memory aggregate publishes to its collector only");
        }
    }
}
