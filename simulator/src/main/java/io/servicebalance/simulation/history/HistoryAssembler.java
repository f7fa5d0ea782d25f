package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ComplaintAcknowledged;
import io.servicebalance.contact.ContactEvents.ContactAbandoned;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactEvents.ContactResolved;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.CustomerChurned;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.CustomerWonBack;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds stored events, in any order of aggregates but each aggregate's in sequence, into a {@link RecordedHistory}.
 * Readers feed it from PostgreSQL in bulk or from Axon's event stream; it holds only what the trace needs.
 */
public final class HistoryAssembler {

    /** The event types the assembler reads; everything else is ignored. */
    public static final List<Class<?>> EVENT_TYPES = List.of(CustomerRegistered.class, ServiceTierChanged.class,
            PurchaseRecorded.class, CustomerChurned.class, CustomerWonBack.class, ContactReceived.class,
            ContactAnswered.class, ContactAbandoned.class, ContactResolved.class, ComplaintAcknowledged.class);

    static final class Contact {
        String customerId;
        Channel channel;
        ContactType type;
        Instant received;
        Instant answered;
        Instant abandoned;
        Instant acknowledged;
        long handleSeconds = -1;
    }

    static final class Customer {
        final TierTimeline tiers = new TierTimeline();
        java.math.BigDecimal value = java.math.BigDecimal.ZERO;
        final Map<String, java.math.BigDecimal> byCurrency = new java.util.TreeMap<>();
        boolean churned;
    }

    private static final Customer NOBODY = new Customer();

    private final Map<String, Contact> contacts = new HashMap<>();
    private final Map<String, Customer> customers = new HashMap<>();
    private long events;

    /** Takes one event payload; unknown types are ignored. */
    public void accept(Object event) {
        events++;
        if (event instanceof ContactReceived e) {
            Contact c = contact(e.contactId().value());
            c.customerId = e.customerId().value();
            c.channel = e.channel();
            c.type = e.type();
            c.received = e.occurredAt();
        } else if (event instanceof ContactAnswered e) {
            contact(e.contactId().value()).answered = e.occurredAt();
        } else if (event instanceof ContactAbandoned e) {
            contact(e.contactId().value()).abandoned = e.occurredAt();
        } else if (event instanceof ComplaintAcknowledged e) {
            contact(e.contactId().value()).acknowledged = e.occurredAt();
        } else if (event instanceof ContactResolved e) {
            Contact c = contact(e.contactId().value());
            c.handleSeconds = c.handleSeconds < 0 ? e.handleSeconds() : c.handleSeconds;
        } else {
            acceptCustomerEvent(event);
        }
    }

    private void acceptCustomerEvent(Object event) {
        if (event instanceof CustomerRegistered e) {
            customer(e.customerId().value()).tiers.add(e.occurredAt(), e.tier());
        } else if (event instanceof ServiceTierChanged e) {
            customer(e.customerId().value()).tiers.add(e.occurredAt(), e.tier());
        } else if (event instanceof PurchaseRecorded e) {
            Customer c = customer(e.customerId().value());
            c.value = c.value.add(e.amount());
            c.byCurrency.merge(e.currency(), e.amount(), java.math.BigDecimal::add);
        } else if (event instanceof CustomerChurned e) {
            customer(e.customerId().value()).churned = true;
        } else if (event instanceof CustomerWonBack e) {
            customer(e.customerId().value()).churned = false;
        } else {
            events--;
        }
    }

    private Contact contact(String id) {
        return contacts.computeIfAbsent(id, k -> new Contact());
    }

    private Customer customer(String id) {
        return customers.computeIfAbsent(id, k -> new Customer());
    }

    public long events() {
        return events;
    }

    /** The history of contacts received in [from, to); null bounds mean the whole history. */
    public RecordedHistory build(Instant from, Instant to) {
        List<RecordedContact> window = new ArrayList<>();
        contacts.forEach((id, c) -> {
            if (c.received != null && (from == null || !c.received.isBefore(from))
                    && (to == null || c.received.isBefore(to))) {
                Customer customer = customers.getOrDefault(c.customerId, NOBODY);
                window.add(new RecordedContact(id, c.customerId, customer.tiers.at(c.received), c.channel, c.type,
                        c.received, c.answered, c.abandoned, c.acknowledged, c.handleSeconds));
            }
        });
        window.sort(RecordedContact.ARRIVAL);
        Map<String, CustomerFacts> facts = new HashMap<>();
        customers.forEach((id, c) -> {
            Map<String, Double> values = new HashMap<>();
            c.byCurrency.forEach((currency, v) -> values.put(currency, v.doubleValue()));
            facts.put(id, new CustomerFacts(id, c.tiers.last(), c.value.doubleValue(), c.churned, 0, values));
        });
        return HistoryWindow.build(from, to, window, facts, events);
    }

    /** A customer's tier over time. */
    static final class TierTimeline {
        private final List<Instant> times = new java.util.ArrayList<>();
        private final List<ServiceTier> tiers = new java.util.ArrayList<>();

        void add(Instant at, ServiceTier tier) {
            times.add(at);
            tiers.add(tier);
        }

        /**
         * The tier in force at an instant: the latest by business time (then by order of events) at or before it;
         * before the first one, the earliest.
         */
        ServiceTier at(Instant when) {
            int best = -1;
            int earliest = -1;
            for (int i = 0; i < times.size(); i++) {
                Instant t = times.get(i);
                if (!t.isAfter(when) && (best < 0 || !t.isBefore(times.get(best)))) {
                    best = i;
                }
                if (earliest < 0 || t.isBefore(times.get(earliest))) {
                    earliest = i;
                }
            }
            int chosen = best >= 0 ? best : earliest;
            return chosen < 0 ? ServiceTier.STANDARD : tiers.get(chosen);
        }

        ServiceTier last() {
            return tiers.isEmpty() ? ServiceTier.STANDARD : tiers.get(tiers.size() - 1);
        }
    }
}
