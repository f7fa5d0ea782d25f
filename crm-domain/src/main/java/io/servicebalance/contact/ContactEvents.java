package io.servicebalance.contact;

import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.PersonalData;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * What happened to a contact and its case. Every event names the contact, the customer, the channel and the type,
 * so a reader can interpret it alone. Stored shapes are frozen: change one only with a new {@code @Revision} and an
 * upcaster. Revision 2 stores the {@link PersonalData} fields encrypted under the customer's key (revision 1 stored
 * them in clear).
 */
public final class ContactEvents {

    private ContactEvents() {
    }

    @Revision("2")
    public record ContactReceived(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                  @PersonalData String subject, Instant occurredAt) {
    }

    @Revision("1")
    public record ContactAnswered(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                  String agentId, long waitSeconds, Instant occurredAt) {
    }

    @Revision("1")
    public record ContactAbandoned(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                   long waitSeconds, Instant occurredAt) {
    }

    @Revision("2")
    public record ContactEscalated(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                   @PersonalData String reason, Instant occurredAt) {
    }

    @Revision("1")
    public record ContactResolved(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                  long handleSeconds, boolean firstContactResolution, Instant occurredAt) {
    }

    @Revision("2")
    public record ContactReopened(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                  @PersonalData String reason, Instant occurredAt) {
    }

    @Revision("1")
    public record ContactClosed(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                Instant occurredAt) {
    }

    @Revision("2")
    public record SatisfactionRated(ContactId contactId, CustomerId customerId, Channel channel, ContactType type,
                                    int score, @PersonalData String comment, Instant occurredAt) {
    }

    @Revision("1")
    public record ComplaintAcknowledged(ContactId contactId, CustomerId customerId, Channel channel,
                                        Instant occurredAt) {
    }

    @Revision("2")
    public record ComplaintInvestigated(ContactId contactId, CustomerId customerId, Channel channel,
                                        @PersonalData String findings, Instant occurredAt) {
    }

    @Revision("2")
    public record RemedyProposed(ContactId contactId, CustomerId customerId, Channel channel,
                                 @PersonalData String remedy, Instant occurredAt) {
    }

    @Revision("1")
    public record RemedyImplemented(ContactId contactId, CustomerId customerId, Channel channel, Instant occurredAt) {
    }

    @Revision("2")
    public record ComplaintArchived(ContactId contactId, CustomerId customerId, Channel channel,
                                    @PersonalData String customerFeedback, Instant occurredAt) {
    }
}
