package io.servicebalance.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.servicebalance.contact.ContactEvents.*;
import io.servicebalance.customer.CustomerEvents.*;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored event survives a JSON round trip, keeps ids as plain strings and carries a revision. */
class StoredShapeTests {

    static final ContactId K = new ContactId("k-9");
    static final CustomerId C = new CustomerId("c-9");
    static final Instant T = Instant.parse("2026-04-01T12:00:00Z");

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static List<Object> events() {
        return List.of(
                new CustomerRegistered(C, "Ada", "ada@example.com", null, ServiceTier.CARE, T),
                new ServiceTierChanged(C, ServiceTier.CARE, ServiceTier.PREMIUM, "grew", T),
                new AccountManagerAssigned(C, "manager1", null, T),
                new ContactDetailsChanged(C, "Ada", "a@example.com", "+1", T),
                new PurchaseRecorded(C, new BigDecimal("12.50"), "EUR", "x", ServiceTier.BASIC, T),
                new CustomerChurned(C, "price", ServiceTier.BASIC, T),
                new CustomerWonBack(C, ServiceTier.BASIC, T),
                new ContactReceived(K, C, Channel.SOCIAL, ContactType.COMPLAINT, "late", T),
                new ContactAnswered(K, C, Channel.SOCIAL, ContactType.COMPLAINT, "a1", 30, T),
                new ContactAbandoned(K, C, Channel.PHONE, ContactType.INQUIRY, 12, T),
                new ContactEscalated(K, C, Channel.SOCIAL, ContactType.COMPLAINT, "why", T),
                new ContactResolved(K, C, Channel.SOCIAL, ContactType.COMPLAINT, 600, false, T),
                new ContactReopened(K, C, Channel.SOCIAL, ContactType.COMPLAINT, "no", T),
                new ContactClosed(K, C, Channel.SOCIAL, ContactType.COMPLAINT, T),
                new SatisfactionRated(K, C, Channel.SOCIAL, ContactType.COMPLAINT, 3, "ok", T),
                new ComplaintAcknowledged(K, C, Channel.SOCIAL, T),
                new ComplaintInvestigated(K, C, Channel.SOCIAL, "found", T),
                new RemedyProposed(K, C, Channel.SOCIAL, "refund", T),
                new RemedyImplemented(K, C, Channel.SOCIAL, T),
                new ComplaintArchived(K, C, Channel.SOCIAL, "fine", T));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eventSurvivesAJsonRoundTrip(Object event) throws Exception {
        String json = MAPPER.writeValueAsString(event);
        assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"occurredAt\":\"2026-04-01T12:00:00Z\"");
        assertThat(json).doesNotContain("\"value\"");
        assertThat(event.getClass().getAnnotation(Revision.class)).isNotNull();
    }
}
