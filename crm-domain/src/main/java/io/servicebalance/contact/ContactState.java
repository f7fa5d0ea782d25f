package io.servicebalance.contact;

import io.servicebalance.contact.ContactEvents.*;
import io.servicebalance.customer.CustomerId;
import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The state of a {@link Contact}, changed only by its events: where the case stands, when it last moved, and how far a
 * complaint has come. Kept apart from the command handlers so that each class reads on its own.
 */
abstract class ContactState {

    @AggregateIdentifier
    ContactId contactId;
    CustomerId customerId;
    Channel channel;
    ContactType type;
    CaseStatus status;
    Instant receivedAt;
    Instant lastOccurredAt;
    boolean ratedSinceResolution;
    ComplaintStep complaintStep;

    @EventSourcingHandler
    void on(ContactReceived e) {
        contactId = e.contactId();
        customerId = e.customerId();
        channel = e.channel();
        type = e.type();
        status = CaseStatus.WAITING;
        receivedAt = e.occurredAt();
        lastOccurredAt = e.occurredAt();
        complaintStep = e.type() == ContactType.COMPLAINT ? ComplaintStep.RECEIVED : null;
    }

    @EventSourcingHandler
    void on(ContactAnswered e) {
        moveTo(CaseStatus.IN_PROGRESS, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactAbandoned e) {
        moveTo(CaseStatus.ABANDONED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactEscalated e) {
        lastOccurredAt = e.occurredAt();
    }

    @EventSourcingHandler
    void on(ContactResolved e) {
        moveTo(CaseStatus.RESOLVED, e.occurredAt());
        ratedSinceResolution = false;
    }

    @EventSourcingHandler
    void on(ContactReopened e) {
        moveTo(CaseStatus.IN_PROGRESS, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactClosed e) {
        moveTo(CaseStatus.CLOSED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(SatisfactionRated e) {
        ratedSinceResolution = true;
        lastOccurredAt = e.occurredAt();
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged e) {
        complaintReached(ComplaintStep.ACKNOWLEDGED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ComplaintInvestigated e) {
        complaintReached(ComplaintStep.INVESTIGATED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(RemedyProposed e) {
        complaintReached(ComplaintStep.REMEDY_PROPOSED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(RemedyImplemented e) {
        complaintReached(ComplaintStep.REMEDY_IMPLEMENTED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ComplaintArchived e) {
        complaintReached(ComplaintStep.ARCHIVED, e.occurredAt());
    }

    private void moveTo(CaseStatus next, Instant at) {
        status = next;
        lastOccurredAt = at;
    }

    private void complaintReached(ComplaintStep step, Instant at) {
        complaintStep = step;
        lastOccurredAt = at;
    }
}
