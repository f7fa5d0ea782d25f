package io.servicebalance.history;

import io.servicebalance.contact.ContactEvents.ComplaintAcknowledged;
import io.servicebalance.contact.ContactEvents.ContactAbandoned;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactEvents.ContactResolved;
import io.servicebalance.customer.CustomerEvents.CustomerChurned;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.CustomerWonBack;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the contact history read model from the event stream, as Axon deserializes and upcasts it. Runs in its own
 * pooled streaming processor ({@value #NAME}), sequenced per customer so that a customer's tier changes and its
 * contacts are applied in order; a batch's writes are merged in memory and flushed as a few set-based, idempotent
 * statements in the batch's transaction, beside the token ({@link ContactHistoryBatch}). A customer's attributes are
 * guarded by the sequence number of the customer's event that set them, so an event delivered twice is applied once.
 */
@Component
@ProcessingGroup(ContactHistoryProjection.NAME)
class ContactHistoryProjection {

    static final String NAME = "contact-history";
    private static final String BATCH = ContactHistoryBatch.class.getName();

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;

    ContactHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerRegistered e, EventMessage<?> message, @SequenceNumber Long sequence) {
        tier(e.customerId().value(), e.tier(), e.occurredAt(), message, sequence);
    }

    @EventHandler
    void on(ServiceTierChanged e, EventMessage<?> message, @SequenceNumber Long sequence) {
        tier(e.customerId().value(), e.tier(), e.occurredAt(), message, sequence);
    }

    @EventHandler
    void on(PurchaseRecorded e, @SequenceNumber Long sequence) {
        batch().customers().purchase(e.customerId().value(), sequence, e.currency(), e.amount(),
                storable(e.occurredAt()) ? e.occurredAt() : null);
    }

    @EventHandler
    void on(CustomerChurned e, @SequenceNumber Long sequence) {
        batch().customers().churn(e.customerId().value(), true, sequence);
    }

    @EventHandler
    void on(CustomerWonBack e, @SequenceNumber Long sequence) {
        batch().customers().churn(e.customerId().value(), false, sequence);
    }

    @EventHandler
    void on(ContactReceived e) {
        if (storable(e.occurredAt())) {
            batch().contacts().received(e.contactId().value(), e.customerId().value(), e.channel().name(),
                    e.type().name(), e.occurredAt());
        }
    }

    @EventHandler
    void on(ContactAnswered e) {
        if (storable(e.occurredAt())) {
            batch().contacts().answered(e.contactId().value(), e.occurredAt());
        }
    }

    @EventHandler
    void on(ContactAbandoned e) {
        if (storable(e.occurredAt())) {
            batch().contacts().abandoned(e.contactId().value(), e.occurredAt());
        }
    }

    @EventHandler
    void on(ComplaintAcknowledged e) {
        if (storable(e.occurredAt())) {
            batch().contacts().acknowledged(e.contactId().value(), e.occurredAt());
        }
    }

    @EventHandler
    void on(ContactResolved e) {
        batch().contacts().resolved(e.contactId().value(), e.handleSeconds());
    }

    /** A replay starts from empty tables. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE contact_history, contact_history_tier, contact_history_customer,"
                + " contact_history_purchase, contact_history_currency");
    }

    private void tier(String customer, ServiceTier tier, Instant at, EventMessage<?> message, Long sequence) {
        if (storable(at)) {
            batch().customers().tier(customer, message.getIdentifier(), at, sequence, tier.name());
        }
    }

    private ContactHistoryBatch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            ContactHistoryBatch batch = new ContactHistoryBatch();
            root.onPrepareCommit(u -> batch.flush(jdbc));
            return batch;
        });
    }

    /**
     * Business times outside years 1 to 9999 (which the write side refuses today, but older or injected events may
     * hold) are no planning data: such an event is left out of this read model instead of stopping the processor.
     */
    static boolean storable(Instant at) {
        return at != null && !at.isBefore(EARLIEST) && at.isBefore(LATEST);
    }
}
