package io.servicebalance.simulation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContactColumnsTests {

    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void columnsInAnyOrderBuildTheSameHistoryAsTheRecordsInArrivalOrder() {
        Random random = new Random(7);
        List<RecordedContact> contacts = contacts(random, 3_000);
        Map<String, CustomerFacts> known = new HashMap<>();
        for (int c = 0; c < 300; c += 2) {
            known.put("c-" + c, new CustomerFacts("c-" + c, ServiceTier.values()[c % 4], c * 1.5, c % 3 == 0, 0,
                    c % 4 == 0 ? Map.of("EUR", c * 1.5) : Map.of()));
        }
        List<RecordedContact> sorted = new ArrayList<>(contacts);
        sorted.sort(RecordedContact.ARRIVAL);
        RecordedHistory records = HistoryWindow.build(T, null, sorted, known, 42);

        Collections.shuffle(contacts, random);
        ContactColumns columns = columns(contacts);
        CustomerFacts[] byNumber = new CustomerFacts[columns.customerIds().size()];
        String[] ids = columns.customerIds().strings();
        for (int c = 0; c < ids.length; c++) {
            byNumber[c] = known.get(ids[c]);
        }
        RecordedHistory fromColumns = HistoryWindow.build(T, null, columns, byNumber, 42);

        assertSameTrace(fromColumns.trace(), records.trace());
        assertThat(fromColumns.customers()).isEqualTo(records.customers());
        assertThat(fromColumns.eventsRead()).isEqualTo(42);
    }

    @Test
    void rowsAlreadyInArrivalOrderKeepIt() {
        List<RecordedContact> contacts = contacts(new Random(3), 200);
        contacts.sort(RecordedContact.ARRIVAL);
        ContactColumns columns = columns(contacts);
        RecordedHistory built = HistoryWindow.build(T, null, columns, new CustomerFacts[columns.customerIds().size()],
                0);
        for (int i = 0; i < contacts.size(); i++) {
            assertThat(built.trace().contactId(i)).isEqualTo(contacts.get(i).id());
        }
    }

    @Test
    void consecutiveSlicesJoinedGiveTheColumnsOfTheWholeWindow() {
        List<RecordedContact> contacts = contacts(new Random(11), 2_000);
        contacts.sort(RecordedContact.ARRIVAL);
        ContactColumns whole = columns(contacts);
        Instant[] cuts = {contacts.get(0).received(), contacts.get(700).received(), contacts.get(701).received(),
            contacts.get(1_500).received(), contacts.get(contacts.size() - 1).received().plusSeconds(1)};
        ContactColumns joined = new ContactColumnsBuilder(0).build();
        for (int s = 0; s + 1 < cuts.length; s++) {
            List<RecordedContact> slice = new ArrayList<>();
            for (RecordedContact c : contacts) {
                if (!c.received().isBefore(cuts[s]) && c.received().isBefore(cuts[s + 1])) {
                    slice.add(c);
                }
            }
            Collections.shuffle(slice, new Random(s));
            joined = ContactColumns.concat(joined, columns(slice));
        }
        joined = ContactColumns.concat(joined, new ContactColumnsBuilder(0).build());

        assertThat(joined.size()).isEqualTo(whole.size());
        assertThat(joined.customerIds().strings()).containsExactly(whole.customerIds().strings());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(joined.customer(i)).isEqualTo(whole.customer(i));
        }
        CustomerFacts[] none = new CustomerFacts[whole.customerIds().size()];
        assertSameTrace(HistoryWindow.build(T, null, joined, none, 0).trace(),
                HistoryWindow.build(T, null, whole, none, 0).trace());
    }

    @Test
    void anEmptyWindowIsRefused() {
        ContactColumns none = new ContactColumnsBuilder(0).build();
        assertThatThrownBy(() -> HistoryWindow.build(T, null, none, new CustomerFacts[0], 0))
                .hasMessageStartingWith("no contacts were received in the window");
    }

    private static void assertSameTrace(Trace actual, Trace expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.origin()).isEqualTo(expected.origin());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.contact(i)).isEqualTo(expected.contact(i));
            assertThat(actual.customerIndex(i)).isEqualTo(expected.customerIndex(i));
            assertThat(Double.doubleToLongBits(actual.arrival(i))).isEqualTo(
                    Double.doubleToLongBits(expected.arrival(i)));
        }
    }

    /** Contacts with ties on arrival, every outcome, unresolved complaints, acknowledgements and unknown customers. */
    private static List<RecordedContact> contacts(Random random, int n) {
        List<RecordedContact> contacts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Instant received = T.plus(random.nextInt(n * 20) * 1_000_003L, ChronoUnit.MICROS);
            ContactType type = ContactType.values()[random.nextInt(ContactType.values().length)];
            int outcome = random.nextInt(10);
            Instant after = received.plus(random.nextInt(600_000_000), ChronoUnit.MICROS);
            Instant answered = outcome < 7 ? after : null;
            Instant abandoned = outcome == 7 || outcome == 8 ? after : null;
            Instant acknowledged = type == ContactType.COMPLAINT && answered != null && random.nextBoolean()
                    ? answered.plusSeconds(random.nextInt(900)) : null;
            long handle = answered != null && random.nextInt(4) > 0 ? 30 + random.nextInt(900) : -1;
            contacts.add(new RecordedContact("k-" + random.nextInt(n * 4) + "-" + k, "c-" + random.nextInt(400),
                    ServiceTier.values()[random.nextInt(4)], Channel.values()[random.nextInt(4)], type, received,
                    answered, abandoned, acknowledged, handle));
        }
        return contacts;
    }

    private static ContactColumns columns(List<RecordedContact> contacts) {
        ContactColumnsBuilder builder = new ContactColumnsBuilder(4);
        for (RecordedContact c : contacts) {
            byte[] id = c.id().getBytes(StandardCharsets.UTF_8);
            byte[] customer = c.customerId().getBytes(StandardCharsets.UTF_8);
            builder.add(id, 0, id.length, customer, 0, customer.length, c.tier().ordinal(), c.channel().ordinal(),
                    c.type().ordinal(), micros(c.received()), micros(c.answered()), micros(c.abandoned()),
                    micros(c.acknowledged()), c.handleSeconds());
        }
        return builder.build();
    }

    private static long micros(Instant at) {
        return at == null ? ContactColumns.ABSENT : ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }
}
