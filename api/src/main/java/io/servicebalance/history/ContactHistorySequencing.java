package io.servicebalance.history;

import io.servicebalance.contact.ContactEvents;
import io.servicebalance.customer.CustomerEvents;
import io.servicebalance.customer.CustomerId;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.stereotype.Component;

/**
 * Sequences the contact history per customer: a customer's events and the events of its contacts are applied in
 * order by one segment, so a contact's tier at arrival is looked up after every earlier tier change was written.
 * Events without a customer fall back to their aggregate.
 */
@Component("contactHistorySequencing")
class ContactHistorySequencing implements SequencingPolicy<EventMessage<?>> {

    private static final SequentialPerAggregatePolicy FALLBACK = SequentialPerAggregatePolicy.instance();
    private final Map<Class<?>, RecordComponent> customerIds = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Class<?> type = payload.getClass();
        if (type.isRecord() && (type.getEnclosingClass() == ContactEvents.class
                || type.getEnclosingClass() == CustomerEvents.class)) {
            RecordComponent component = customerIds.computeIfAbsent(type, ContactHistorySequencing::customerId);
            if (component != null) {
                return read(component, payload);
            }
        }
        return FALLBACK.getSequenceIdentifierFor(event);
    }

    private static RecordComponent customerId(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == CustomerId.class) {
                return c;
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            return String.valueOf(component.getAccessor().invoke(payload));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the customer of " + payload.getClass().getSimpleName(), e);
        }
    }
}
