package io.servicebalance.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.servicebalance.contact.ContactCommands.*;
import io.servicebalance.contact.ContactEvents.*;
import io.servicebalance.rules.RuleViolation;
import io.servicebalance.rules.Shape;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A contact on one channel and the case it becomes: received, then answered or abandoned; an answered case may be
 * escalated, is resolved, may be reopened, and is closed. A COMPLAINT also passes the six {@link ComplaintStep}s
 * (see {@link ComplaintProgress}).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Contact extends ContactState {

    protected Contact() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveContact c) {
        if (contactId != null) {
            throw RuleViolation.conflict("contact-already-received", "A contact with id '" + c.contactId() + "' exists");
        }
        apply(new ContactReceived(c.contactId(), c.customerId(), c.channel(), c.type(), c.subject(), c.occurredAt()));
    }

    @CommandHandler
    void handle(AnswerContact c) {
        requireStatus(c.occurredAt(), "answered", CaseStatus.WAITING);
        apply(new ContactAnswered(contactId, customerId, channel, type, c.agentId(), waitSeconds(c.occurredAt()),
                c.occurredAt()));
    }

    @CommandHandler
    void handle(AbandonContact c) {
        requireStatus(c.occurredAt(), "abandoned", CaseStatus.WAITING);
        apply(new ContactAbandoned(contactId, customerId, channel, type, waitSeconds(c.occurredAt()), c.occurredAt()));
    }

    @CommandHandler
    void handle(EscalateContact c) {
        requireStatus(c.occurredAt(), "escalated", CaseStatus.IN_PROGRESS);
        apply(new ContactEscalated(contactId, customerId, channel, type, c.reason(), c.occurredAt()));
    }

    @CommandHandler
    void handle(ResolveContact c) {
        requireStatus(c.occurredAt(), "resolved", CaseStatus.IN_PROGRESS);
        complaint().requireReachedForResolution();
        apply(new ContactResolved(contactId, customerId, channel, type, c.handleSeconds(), c.firstContactResolution(),
                c.occurredAt()));
    }

    @CommandHandler
    void handle(ReopenContact c) {
        requireStatus(c.occurredAt(), "reopened", CaseStatus.RESOLVED);
        apply(new ContactReopened(contactId, customerId, channel, type, c.reason(), c.occurredAt()));
    }

    @CommandHandler
    void handle(CloseContact c) {
        requireStatus(c.occurredAt(), "closed", CaseStatus.RESOLVED);
        complaint().requireArchivedForClosing();
        apply(new ContactClosed(contactId, customerId, channel, type, c.occurredAt()));
    }

    @CommandHandler
    void handle(RateSatisfaction c) {
        requireStatus(c.occurredAt(), "rated", CaseStatus.RESOLVED, CaseStatus.CLOSED);
        if (ratedSinceResolution) {
            throw RuleViolation.conflict("already-rated", "This resolution has already been rated");
        }
        apply(new SatisfactionRated(contactId, customerId, channel, type, c.score(), c.comment(), c.occurredAt()));
    }

    @CommandHandler
    void handle(AcknowledgeComplaint c) {
        apply(complaintStep(c.occurredAt(), ComplaintStep.ACKNOWLEDGED)
                .acknowledged(c.occurredAt()));
    }

    @CommandHandler
    void handle(InvestigateComplaint c) {
        apply(complaintStep(c.occurredAt(), ComplaintStep.INVESTIGATED).investigated(c.findings(), c.occurredAt()));
    }

    @CommandHandler
    void handle(ProposeRemedy c) {
        apply(complaintStep(c.occurredAt(), ComplaintStep.REMEDY_PROPOSED).remedyProposed(c.remedy(), c.occurredAt()));
    }

    @CommandHandler
    void handle(ImplementRemedy c) {
        apply(complaintStep(c.occurredAt(), ComplaintStep.REMEDY_IMPLEMENTED).remedyImplemented(c.occurredAt()));
    }

    @CommandHandler
    void handle(ArchiveComplaint c) {
        apply(complaintStep(c.occurredAt(), ComplaintStep.ARCHIVED)
                .archived(c.customerFeedback(), c.occurredAt()));
    }

    private ComplaintProgress complaintStep(Instant occurredAt, ComplaintStep next) {
        Shape.notBefore(occurredAt, lastOccurredAt, "The complaint step");
        ComplaintProgress progress = complaint();
        progress.requireCanTake(next, status);
        return progress;
    }

    private ComplaintProgress complaint() {
        return new ComplaintProgress(contactId, customerId, channel, type, complaintStep);
    }

    private void requireStatus(Instant occurredAt, String verb, CaseStatus... allowed) {
        Shape.notBefore(occurredAt, lastOccurredAt, "The contact being " + verb);
        for (CaseStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw RuleViolation.conflict("contact-" + status.name().toLowerCase().replace('_', '-'),
                "A contact that is " + status.name().toLowerCase().replace('_', ' ') + " cannot be " + verb);
    }

    private long waitSeconds(Instant at) {
        return Duration.between(receivedAt, at).toSeconds();
    }
}
