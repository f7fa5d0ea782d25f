package io.servicebalance.contact;

import io.servicebalance.contact.ContactEvents.ComplaintAcknowledged;
import io.servicebalance.contact.ContactEvents.ComplaintArchived;
import io.servicebalance.contact.ContactEvents.ComplaintInvestigated;
import io.servicebalance.contact.ContactEvents.RemedyImplemented;
import io.servicebalance.contact.ContactEvents.RemedyProposed;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.rules.RuleViolation;
import java.time.Instant;

/**
 * The complaint workflow of one contact: which step it has reached, which step may come next, and the events that
 * record each step. A complaint is acknowledged only once an agent has answered it, its case is resolved only once
 * the remedy is implemented, and closed only once the complaint is archived with the customer's feedback.
 */
record ComplaintProgress(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                         ComplaintStep step) {

    void requireCanTake(ComplaintStep next, CaseStatus status) {
        if (type != ContactType.COMPLAINT) {
            throw RuleViolation.unprocessable("not-a-complaint",
                    "Complaint steps apply only to contacts of type COMPLAINT, not " + type);
        }
        if (!status.answered()) {
            throw RuleViolation.conflict("complaint-not-answered",
                    "A complaint must be answered by an agent before its handling steps are recorded");
        }
        if (status == CaseStatus.CLOSED) {
            throw RuleViolation.conflict("contact-closed", "The complaint's case is closed");
        }
        step.requireNext(next);
    }

    void requireReachedForResolution() {
        if (step != null && !step.reached(ComplaintStep.REMEDY_IMPLEMENTED)) {
            throw RuleViolation.conflict("complaint-remedy-not-implemented",
                    "A complaint is resolved only after its remedy is implemented");
        }
    }

    void requireArchivedForClosing() {
        if (step != null && step != ComplaintStep.ARCHIVED) {
            throw RuleViolation.conflict("complaint-not-archived",
                    "A complaint's case is closed only after the complaint is archived with the customer's feedback");
        }
    }

    ComplaintAcknowledged acknowledged(Instant at) {
        return new ComplaintAcknowledged(contactId, customerId, channel, at);
    }

    ComplaintInvestigated investigated(String findings, Instant at) {
        return new ComplaintInvestigated(contactId, customerId, channel, findings, at);
    }

    RemedyProposed remedyProposed(String remedy, Instant at) {
        return new RemedyProposed(contactId, customerId, channel, remedy, at);
    }

    RemedyImplemented remedyImplemented(Instant at) {
        return new RemedyImplemented(contactId, customerId, channel, at);
    }

    ComplaintArchived archived(String feedback, Instant at) {
        return new ComplaintArchived(contactId, customerId, channel, feedback, at);
    }
}
