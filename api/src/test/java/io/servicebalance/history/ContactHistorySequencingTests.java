package io.servicebalance.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class ContactHistorySequencingTests {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private final ContactHistorySequencing policy = new ContactHistorySequencing();

    @Test
    void putsACustomersEventsAndThoseOfItsContactsInOneSequence() {
        CustomerId ann = new CustomerId("ann");
        Object tier = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Customer", "ann", 3,
                new ServiceTierChanged(ann, ServiceTier.STANDARD, ServiceTier.PREMIUM, "grew", T)));
        Object received = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Contact", "k1", 0,
                new ContactReceived(new ContactId("k1"), ann, Channel.PHONE, ContactType.INQUIRY, "s", T)));
        Object answered = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Contact", "k1", 1,
                new ContactAnswered(new ContactId("k1"), ann, Channel.PHONE, ContactType.INQUIRY, "ag", 5, T)));
        assertThat(tier).isEqualTo("ann").isEqualTo(received).isEqualTo(answered);
    }

    @Test
    void fallsBackToTheAggregateForOtherEvents() {
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Other", "o-1", 0, "payload")))
                .isEqualTo("o-1");
    }
}
