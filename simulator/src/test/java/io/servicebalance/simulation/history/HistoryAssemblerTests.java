package io.servicebalance.simulation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ComplaintAcknowledged;
import io.servicebalance.contact.ContactEvents.ContactAbandoned;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactEvents.ContactResolved;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.CustomerChurned;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Trace;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryAssemblerTests {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    static final CustomerId ANN = new CustomerId("ann");

    private static ContactReceived received(String id, ContactType type, Instant at) {
        return new ContactReceived(new ContactId(id), ANN, Channel.PHONE, type, "s", at);
    }

    private HistoryAssembler history() {
        HistoryAssembler a = new HistoryAssembler();
        a.accept(new CustomerRegistered(ANN, "Ann", "ann@example.com", null, ServiceTier.STANDARD, T.minusSeconds(9)));
        a.accept(new PurchaseRecorded(ANN, new BigDecimal("120.50"), "EUR", null, ServiceTier.STANDARD, T));
        a.accept(new ServiceTierChanged(ANN, ServiceTier.STANDARD, ServiceTier.PREMIUM, "grew", T.plusSeconds(500)));
        a.accept(received("k1", ContactType.INQUIRY, T));
        a.accept(new ContactAnswered(new ContactId("k1"), ANN, Channel.PHONE, ContactType.INQUIRY, "ag", 12,
                T.plusSeconds(12)));
        a.accept(new ContactResolved(new ContactId("k1"), ANN, Channel.PHONE, ContactType.INQUIRY, 240, true,
                T.plusSeconds(252)));
        a.accept(received("k2", ContactType.REQUEST, T.plusSeconds(60)));
        a.accept(new ContactAbandoned(new ContactId("k2"), ANN, Channel.PHONE, ContactType.REQUEST, 45,
                T.plusSeconds(105)));
        a.accept(received("k3", ContactType.COMPLAINT, T.plusSeconds(1000)));
        a.accept(new ContactAnswered(new ContactId("k3"), ANN, Channel.PHONE, ContactType.COMPLAINT, "ag", 5,
                T.plusSeconds(1005)));
        a.accept(new ComplaintAcknowledged(new ContactId("k3"), ANN, Channel.PHONE, T.plusSeconds(1305)));
        a.accept(received("k4", ContactType.INQUIRY, T.plusSeconds(2000)));
        a.accept(new CustomerChurned(ANN, "poor service", ServiceTier.PREMIUM, T.plusSeconds(3000)));
        return a;
    }

    @Test
    void turnsStoredEventsIntoATraceWithWhatIsKnownOfPatience() {
        RecordedHistory h = history().build(null, null);
        Trace trace = h.trace();
        assertThat(trace.size()).isEqualTo(4);
        assertThat(trace.handleSeconds(0)).isEqualTo(240);
        assertThat(trace.patienceSeconds(0)).isEqualTo(12);
        assertThat(trace.patienceIsLowerBound(0)).isTrue();
        assertThat(trace.patienceSeconds(1)).isEqualTo(45);
        assertThat(trace.patienceIsLowerBound(1)).isFalse();
        assertThat(trace.handleSeconds(2)).as("an unresolved complaint keeps its first call").isEqualTo(300);
        assertThat(trace.patienceSeconds(3)).isNaN();
        assertThat(trace.tier(0)).isEqualTo(ServiceTier.STANDARD);
        assertThat(trace.tier(2)).as("tier at the time of the contact").isEqualTo(ServiceTier.PREMIUM);
        assertThat(trace.customerValue(0)).isEqualTo(120.5);
        CustomerFacts ann = h.customers().get("ann");
        assertThat(ann.churned()).isTrue();
        assertThat(ann.unresolvedComplaints()).isEqualTo(1);
        assertThat(h.eventsRead()).isEqualTo(13);
    }

    @Test
    void aWindowKeepsOnlyContactsReceivedInIt() {
        RecordedHistory h = history().build(T.plusSeconds(30), T.plusSeconds(1500));
        assertThat(h.trace().size()).isEqualTo(2);
        assertThatThrownBy(() -> history().build(T.plusSeconds(90_000), null))
                .hasMessageStartingWith("no contacts were received in the window");
    }

    @Test
    void givesAContactTheTierInForceAtItsArrivalWhenATierChangeIsRecordedOutOfBusinessTimeOrder() {
        HistoryAssembler a = new HistoryAssembler();
        a.accept(new CustomerRegistered(ANN, "Ann", "ann@example.com", null, ServiceTier.PREMIUM, T));
        a.accept(new ServiceTierChanged(ANN, ServiceTier.PREMIUM, ServiceTier.BASIC, "fell", T.plusSeconds(3_600)));
        a.accept(new ServiceTierChanged(ANN, ServiceTier.BASIC, ServiceTier.STANDARD, "late entry",
                T.plusSeconds(1_800)));
        a.accept(received("k1", ContactType.INQUIRY, T.plusSeconds(2_000)));
        a.accept(received("k2", ContactType.INQUIRY, T.plusSeconds(4_000)));
        a.accept(received("k0", ContactType.INQUIRY, T.minusSeconds(60)));
        Trace trace = a.build(null, null).trace();
        assertThat(trace.contactId(0)).isEqualTo("k0");
        assertThat(trace.tier(0)).isEqualTo(ServiceTier.PREMIUM);
        assertThat(trace.tier(1)).isEqualTo(ServiceTier.STANDARD);
        assertThat(trace.tier(2)).isEqualTo(ServiceTier.BASIC);
    }
}
