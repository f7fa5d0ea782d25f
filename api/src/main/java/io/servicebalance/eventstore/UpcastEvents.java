package io.servicebalance.eventstore;

import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Decodes rows a bulk reader took from {@code domain_event_entry} exactly as Axon's event store does: through the
 * configured upcaster chain to the current revisions, then the event serializer (payloads deserialized when first
 * read). Every reader of stored events outside Axon's own streams goes through here, so no reader sees a revision
 * the live model does not.
 */
@Component
public class UpcastEvents {

    private final Serializer serializer;
    private final ObjectProvider<Configuration> axon;
    private volatile EventUpcaster chain;

    UpcastEvents(@Qualifier("eventSerializer") Serializer serializer, ObjectProvider<Configuration> axon) {
        this.serializer = serializer;
        this.axon = axon;
    }

    /** The events of the rows in their order, as Axon's streams deliver them (tracking tokens included). */
    public List<TrackedEventMessage<?>> tracked(List<? extends TrackedEventData<?>> rows) {
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, chain()).toList();
    }

    /** The events of the rows in their order, as an aggregate's event stream delivers them. */
    public List<DomainEventMessage<?>> domain(List<? extends DomainEventData<?>> rows) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), serializer, chain()).asStream()
                .<DomainEventMessage<?>>map(e -> e).toList();
    }

    /** The serializer the events are decoded with. */
    public Serializer serializer() {
        return serializer;
    }

    private EventUpcaster chain() {
        EventUpcaster c = chain;
        if (c == null) {
            c = axon.getObject().upcasterChain();
            chain = c;
        }
        return c;
    }
}
