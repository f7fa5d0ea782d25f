package io.servicebalance.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.servicebalance.contact.ContactCommands.*;
import io.servicebalance.contact.ContactEvents.*;
import io.servicebalance.customer.Customers;
import io.servicebalance.rules.BusinessTime;
import io.servicebalance.rules.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A contact on one channel and the case it becomes: received from a registered customer, then answered or abandoned;
 * an answered case may be escalated, is resolved, may be reopened, and is closed. Its {@link CaseFile} says where the
 * case stands; a COMPLAINT also passes the six {@link ComplaintStep}s (see {@link ComplaintProgress}). A command
 * without a business time is stamped with the injected clock (see {@link BusinessTime}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Contact {

    @AggregateIdentifier
    private ContactId contactId;
    private CaseFile file;
    private ComplaintStep complaintStep;

    protected Contact() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveContact c, Clock clock, Customers customers) {
        if (contactId != null) {
            throw RuleViolation.conflict("contact-already-received", "A contact with id '" + c.contactId() + "' exists");
        }
        if (!customers.registered(c.customerId())) {
            throw RuleViolation.unprocessable("customer-not-registered",
                    "No customer is registered under the id '" + c.customerId() + "'");
        }
        apply(new ContactReceived(c.contactId(), c.customerId(), c.channel(), c.type(), c.subject(),
                BusinessTime.of(c.occurredAt(), clock, null, "The contact")));
    }

    @CommandHandler
    void handle(AnswerContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "answered", CaseStatus.WAITING);
        apply(new ContactAnswered(contactId, file.customerId(), file.channel(), file.type(), c.agentId(),
                file.waitSeconds(at), at));
    }

    @CommandHandler
    void handle(AbandonContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "abandoned", CaseStatus.WAITING);
        apply(new ContactAbandoned(contactId, file.customerId(), file.channel(), file.type(), file.waitSeconds(at), at));
    }

    @CommandHandler
    void handle(EscalateContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "escalated", CaseStatus.IN_PROGRESS);
        apply(new ContactEscalated(contactId, file.customerId(), file.channel(), file.type(), c.reason(), at));
    }

    @CommandHandler
    void handle(ResolveContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "resolved", CaseStatus.IN_PROGRESS);
        complaint().requireReachedForResolution();
        apply(new ContactResolved(contactId, file.customerId(), file.channel(), file.type(), c.handleSeconds(),
                c.firstContactResolution(), at));
    }

    @CommandHandler
    void handle(ReopenContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "reopened", CaseStatus.RESOLVED);
        apply(new ContactReopened(contactId, file.customerId(), file.channel(), file.type(), c.reason(), at));
    }

    @CommandHandler
    void handle(CloseContact c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "closed", CaseStatus.RESOLVED);
        complaint().requireArchivedForClosing();
        apply(new ContactClosed(contactId, file.customerId(), file.channel(), file.type(), at));
    }

    @CommandHandler
    void handle(RateSatisfaction c, Clock clock) {
        Instant at = file.next(c.occurredAt(), clock, "rated", CaseStatus.RESOLVED, CaseStatus.CLOSED);
        if (file.ratedSinceResolution()) {
            throw RuleViolation.conflict("already-rated", "This resolution has already been rated");
        }
        apply(new SatisfactionRated(contactId, file.customerId(), file.channel(), file.type(), c.score(), c.comment(),
                at));
    }

    @CommandHandler
    void handle(AcknowledgeComplaint c, Clock clock) {
        Instant at = complaintStepAt(c.occurredAt(), clock, ComplaintStep.ACKNOWLEDGED);
        apply(complaint().acknowledged(at));
    }

    @CommandHandler
    void handle(InvestigateComplaint c, Clock clock) {
        Instant at = complaintStepAt(c.occurredAt(), clock, ComplaintStep.INVESTIGATED);
        apply(complaint().investigated(c.findings(), at));
    }

    @CommandHandler
    void handle(ProposeRemedy c, Clock clock) {
        Instant at = complaintStepAt(c.occurredAt(), clock, ComplaintStep.REMEDY_PROPOSED);
        apply(complaint().remedyProposed(c.remedy(), at));
    }

    @CommandHandler
    void handle(ImplementRemedy c, Clock clock) {
        apply(complaint().remedyImplemented(complaintStepAt(c.occurredAt(), clock, ComplaintStep.REMEDY_IMPLEMENTED)));
    }

    @CommandHandler
    void handle(ArchiveComplaint c, Clock clock) {
        Instant at = complaintStepAt(c.occurredAt(), clock, ComplaintStep.ARCHIVED);
        apply(complaint().archived(c.customerFeedback(), at));
    }

    private Instant complaintStepAt(Instant given, Clock clock, ComplaintStep next) {
        Instant at = BusinessTime.of(given, clock, file.lastOccurredAt(), "The complaint step");
        complaint().requireCanTake(next, file.status());
        return at;
    }

    private ComplaintProgress complaint() {
        return new ComplaintProgress(contactId, file.customerId(), file.channel(), file.type(), complaintStep);
    }

    @EventSourcingHandler
    void on(ContactReceived e) {
        contactId = e.contactId();
        file = CaseFile.opened(e.customerId(), e.channel(), e.type(), e.occurredAt());
        complaintStep = e.type() == ContactType.COMPLAINT ? ComplaintStep.RECEIVED : null;
    }

    @EventSourcingHandler
    void on(ContactAnswered e) {
        file = file.movedTo(CaseStatus.IN_PROGRESS, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactAbandoned e) {
        file = file.movedTo(CaseStatus.ABANDONED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactEscalated e) {
        file = file.touched(e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactResolved e) {
        file = file.movedTo(CaseStatus.RESOLVED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactReopened e) {
        file = file.movedTo(CaseStatus.IN_PROGRESS, e.occurredAt());
    }

    @EventSourcingHandler
    void on(ContactClosed e) {
        file = file.movedTo(CaseStatus.CLOSED, e.occurredAt());
    }

    @EventSourcingHandler
    void on(SatisfactionRated e) {
        file = file.rated(e.occurredAt());
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

    private void complaintReached(ComplaintStep step, Instant at) {
        complaintStep = step;
        file = file.touched(at);
    }
}
