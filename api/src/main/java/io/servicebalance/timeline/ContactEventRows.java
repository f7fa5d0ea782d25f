package io.servicebalance.timeline;

import io.servicebalance.contact.ContactEvents.ComplaintAcknowledged;
import io.servicebalance.contact.ContactEvents.ComplaintArchived;
import io.servicebalance.contact.ContactEvents.ComplaintInvestigated;
import io.servicebalance.contact.ContactEvents.ContactAbandoned;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactClosed;
import io.servicebalance.contact.ContactEvents.ContactEscalated;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactEvents.ContactReopened;
import io.servicebalance.contact.ContactEvents.ContactResolved;
import io.servicebalance.contact.ContactEvents.RemedyImplemented;
import io.servicebalance.contact.ContactEvents.RemedyProposed;
import io.servicebalance.contact.ContactEvents.SatisfactionRated;
import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Timeline rows of contact, case and complaint events. */
final class ContactEventRows {

    private ContactEventRows() {
    }

    static Optional<TimelineRow> row(Object event) {
        if (event instanceof ContactReceived e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactReceived", e.channel() + " "
                    + e.type().name().toLowerCase(Locale.ROOT) + " received: " + e.subject(), e.contactId(),
                    e.channel(), e.type()));
        } else if (event instanceof ContactAnswered e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactAnswered", "Answered by " + e.agentId()
                    + " after " + e.waitSeconds() + " s", e.contactId(), e.channel(), e.type()).actor(e.agentId())
                    .figures(null, null, null, null, e.waitSeconds()));
        } else if (event instanceof ContactAbandoned e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactAbandoned", "Abandoned after "
                    + e.waitSeconds() + " s of waiting", e.contactId(), e.channel(), e.type())
                    .figures(null, null, null, null, e.waitSeconds()));
        } else if (event instanceof ContactEscalated e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactEscalated", "Escalated"
                    + CustomerEventRows.reason(e.reason()), e.contactId(), e.channel(), e.type()));
        } else if (event instanceof ContactResolved e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactResolved", "Resolved"
                    + (e.firstContactResolution() ? " at first contact" : "") + " after " + e.handleSeconds()
                    + " s of handling", e.contactId(), e.channel(), e.type()));
        } else if (event instanceof ContactReopened e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactReopened", "Reopened"
                    + CustomerEventRows.reason(e.reason()), e.contactId(), e.channel(), e.type()));
        } else if (event instanceof ContactClosed e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "ContactClosed", "Case closed", e.contactId(),
                    e.channel(), e.type()));
        } else if (event instanceof SatisfactionRated e) {
            return Optional.of(base(e.customerId(), e.occurredAt(), "SatisfactionRated", "Rated " + e.score() + "/5"
                    + (e.comment() == null ? "" : ": " + e.comment()), e.contactId(), e.channel(), e.type())
                    .figures(null, null, null, e.score(), null));
        }
        return complaint(event);
    }

    private static Optional<TimelineRow> complaint(Object event) {
        if (event instanceof ComplaintAcknowledged e) {
            return step(e.customerId(), e.occurredAt(), "ComplaintAcknowledged", "Complaint acknowledged",
                    e.contactId(), e.channel());
        } else if (event instanceof ComplaintInvestigated e) {
            return step(e.customerId(), e.occurredAt(), "ComplaintInvestigated", "Complaint investigated: "
                    + e.findings(), e.contactId(), e.channel());
        } else if (event instanceof RemedyProposed e) {
            return step(e.customerId(), e.occurredAt(), "RemedyProposed", "Remedy proposed: " + e.remedy(),
                    e.contactId(), e.channel());
        } else if (event instanceof RemedyImplemented e) {
            return step(e.customerId(), e.occurredAt(), "RemedyImplemented", "Remedy implemented", e.contactId(),
                    e.channel());
        } else if (event instanceof ComplaintArchived e) {
            return step(e.customerId(), e.occurredAt(), "ComplaintArchived", "Complaint archived: "
                    + e.customerFeedback(), e.contactId(), e.channel());
        }
        return Optional.empty();
    }

    private static Optional<TimelineRow> step(CustomerId customer, Instant at, String type, String summary,
                                              ContactId contact, Channel channel) {
        return Optional.of(base(customer, at, type, summary, contact, channel, ContactType.COMPLAINT));
    }

    private static TimelineRow base(CustomerId customer, Instant at, String type, String summary, ContactId contact,
                                    Channel channel, ContactType contactType) {
        return TimelineRow.of(customer.value(), at, type, summary).contact(channel.name(), contact.value(),
                contactType.name());
    }
}
