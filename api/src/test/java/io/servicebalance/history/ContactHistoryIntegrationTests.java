package io.servicebalance.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerCommands.ChangeServiceTier;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact history read model against the events it is kept from: rebuilt from scratch it equals itself and what
 * Axon's own event stream says; a contact gets the tier in force at its arrival whatever the order the events were
 * recorded in; and a read never plans on a read model that lags behind the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ContactHistoryIntegrationTests {

    @Autowired
    HistorySeeder seeder;
    @Autowired
    HistoryReader reader;
    @Autowired
    EventStore eventStore;
    @Autowired
    ContactHistoryLag lag;
    @Autowired
    ContactHistoryCatchUp catchUp;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seed() {
        SeededFixture.ensure(seeder, jdbc);
    }

    @Test
    void aRebuildFromTheEventsGivesTheSameRowsAndTheSameHistoryAsAxonsEventStream() throws Exception {
        reader.read(SeededFixture.FROM, SeededFixture.TO);
        List<Map<String, Object>> before = rows();
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        try {
            processor.resetTokens();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_history", Long.class)).isZero();
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> lag.now().caughtUp());
        assertThat(before).hasSizeGreaterThan(300);
        assertThat(rows()).isEqualTo(before);
        RecordedHistory rebuilt = reader.read(SeededFixture.FROM, SeededFixture.TO);
        RecordedHistory events = EventStreamHistory.read(eventStore, SeededFixture.FROM, SeededFixture.TO);
        assertThat(csv(rebuilt)).isEqualTo(csv(events));
        assertThat(rebuilt.customers()).isEqualTo(events.customers());
    }

    @Test
    void aWindowReadAsTimeSlicesSideBySideEqualsItsReadInOne() throws Exception {
        reader.read(SeededFixture.FROM, SeededFixture.TO);
        Instant middle = jdbc.queryForObject("SELECT received_at FROM contact_history WHERE contact_id LIKE 'it-%'"
                + " ORDER BY received_at, contact_id OFFSET 150 LIMIT 1", java.sql.Timestamp.class).toInstant();
        String atMiddle = jdbc.queryForObject("SELECT min(contact_id) FROM contact_history WHERE received_at = ?",
                String.class, java.sql.Timestamp.from(middle));
        Instant[][] windows = {{SeededFixture.FROM, SeededFixture.TO}, {null, null},
            {SeededFixture.FROM.plusSeconds(37_801), SeededFixture.FROM.plusSeconds(3 * 86_400 + 5)},
            {middle.minusSeconds(7_200), middle.plusSeconds(7_200)}, {SeededFixture.TO, null}};
        for (Instant[] w : windows) {
            RecordedHistory one = reader.readCaughtUp(w[0], w[1], 1);
            for (int slices = 2; slices <= 4; slices++) {
                RecordedHistory sliced = reader.readCaughtUp(w[0], w[1], slices);
                assertThat(csv(sliced)).isEqualTo(csv(one));
                assertThat(sliced.customers()).isEqualTo(one.customers());
                assertThat(sliced.eventsRead()).isEqualTo(one.eventsRead());
                assertThat(sliced.recordedYears()).isEqualTo(one.recordedYears());
            }
        }
        RecordedHistory cutAtAContact = reader.readCaughtUp(middle.minusSeconds(7_200), middle.plusSeconds(7_200), 2);
        long copies = java.util.stream.IntStream.range(0, cutAtAContact.trace().size())
                .filter(i -> cutAtAContact.trace().contactId(i).equals(atMiddle)).count();
        assertThat(copies).isEqualTo(1);
        assertThatThrownBy(() -> reader.readCaughtUp(Instant.parse("1990-01-01T00:00:00Z"),
                Instant.parse("1990-02-01T00:00:00Z"), 2)).hasMessageStartingWith("no contacts were received");
    }

    @Test
    void aContactGetsTheTierInForceAtItsArrivalEvenWhenAnEarlierTierChangeIsRecordedAfterIt() throws Exception {
        Instant t0 = Instant.parse("2031-05-01T08:00:00Z");
        commands.sendAndWait(new RegisterCustomer(new CustomerId("ch-tier"), "Tia Tier", "tia@example.com", null,
                ServiceTier.PREMIUM, t0));
        commands.sendAndWait(new ReceiveContact(new ContactId("ch-tier-k1"), new CustomerId("ch-tier"),
                Channel.PHONE, ContactType.INQUIRY, "late tier", t0.plusSeconds(7_200)));
        commands.sendAndWait(new ReceiveContact(new ContactId("ch-tier-k0"), new CustomerId("ch-tier"),
                Channel.CHAT, ContactType.INQUIRY, "early", t0.plusSeconds(60)));
        commands.sendAndWait(new ChangeServiceTier(new CustomerId("ch-tier"), ServiceTier.BASIC, "spend fell",
                t0.plusSeconds(3_600)));
        RecordedHistory read = reader.read(t0, t0.plusSeconds(86_400));
        assertThat(read.trace().size()).isEqualTo(2);
        assertThat(read.trace().tier(0)).isEqualTo(ServiceTier.PREMIUM);
        assertThat(read.trace().tier(1)).isEqualTo(ServiceTier.BASIC);
        assertThat(read.customers().get("ch-tier").tier()).isEqualTo(ServiceTier.BASIC);
        assertThat(csv(read)).isEqualTo(csv(EventStreamHistory.read(eventStore, t0, t0.plusSeconds(86_400))));
    }

    @Test
    void aReadWhileTheReadModelLagsSaysSoAndRefusesWhenItDoesNotCatchUpInTime() throws Exception {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        Instant at = Instant.parse("2031-06-01T09:00:00Z");
        commands.sendAndWait(new RegisterCustomer(new CustomerId("ch-lag"), "Lou Lag", "lou@example.com", null,
                ServiceTier.STANDARD, at));
        commands.sendAndWait(new ReceiveContact(new ContactId("ch-lag-k1"), new CustomerId("ch-lag"),
                Channel.PHONE, ContactType.REQUEST, "waits", at.plusSeconds(10)));
        Lag behind = lag.now();
        assertThat(behind.caughtUp()).isFalse();
        assertThat(behind.behind()).isPositive();
        List<String> told = new ArrayList<>();
        assertThatThrownBy(() -> catchUp.await(Duration.ZERO, recording(told)))
                .isInstanceOf(ContactHistoryCatchUp.HistoryBehind.class)
                .hasMessageContaining("events behind the event store")
                .hasMessageContaining("no plan was made on a partial history");
        assertThat(told).first().asString().startsWith("waiting");
    }

    @Test
    void aReadWhileTheReadModelLagsWaitsForItAndThenSeesEveryStoredContact() throws Exception {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        Instant at = Instant.parse("2031-07-01T09:00:00Z");
        commands.sendAndWait(new RegisterCustomer(new CustomerId("ch-wait"), "Wim Wait", "wim@example.com", null,
                ServiceTier.CARE, at));
        commands.sendAndWait(new ReceiveContact(new ContactId("ch-wait-k1"), new CustomerId("ch-wait"),
                Channel.EMAIL, ContactType.REQUEST, "waits", at.plusSeconds(10)));
        assertThat(lag.now().caughtUp()).isFalse();
        List<String> told = new ArrayList<>();
        Lag caughtUp = catchUp.await(Duration.ofSeconds(60), recording(told));
        assertThat(caughtUp.caughtUp()).isTrue();
        assertThat(processor.isRunning()).isTrue();
        assertThat(told).first().asString().startsWith("waiting");
        assertThat(told).last().asString().startsWith("progress");
        RecordedHistory read = reader.read(at, at.plusSeconds(60));
        assertThat(read.trace().contactId(0)).isEqualTo("ch-wait-k1");
        assertThat(read.trace().tier(0)).isEqualTo(ServiceTier.CARE);
    }

    @Test
    void aBatchRedeliveredInPartConvergesToTheRowsOfOneDelivery() {
        Instant at = Instant.parse("2031-08-01T09:00:00Z");
        ContactHistoryBatch first = new ContactHistoryBatch();
        first.customers().tier("ch-redo", "ch-redo-e0", at, 0, "PREMIUM");
        first.customers().purchase("ch-redo", 1, "EUR", new BigDecimal("10.50"), at);
        first.customers().purchase("ch-redo", 2, "EUR", new BigDecimal("3.2"), at);
        first.contacts().received("ch-redo-k1", "ch-redo", "PHONE", "INQUIRY", at.plusSeconds(60));
        first.contacts().answered("ch-redo-k1", at.plusSeconds(90));
        first.contacts().resolved("ch-redo-k1", 300);
        first.flush(jdbc);
        ContactHistoryBatch again = new ContactHistoryBatch();
        again.customers().purchase("ch-redo", 2, "EUR", new BigDecimal("3.2"), at);
        again.customers().purchase("ch-redo", 3, "EUR", new BigDecimal("1"), at);
        again.contacts().received("ch-redo-k1", "ch-redo", "PHONE", "INQUIRY", at.plusSeconds(60));
        again.contacts().resolved("ch-redo-k1", 999);
        again.contacts().abandoned("ch-redo-k2", at);
        again.flush(jdbc);

        assertThat(jdbc.queryForObject("SELECT value FROM contact_history_customer WHERE customer_id = 'ch-redo'",
                BigDecimal.class)).isEqualByComparingTo("14.70");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_history_purchase WHERE customer_id = 'ch-redo'",
                Long.class)).isEqualTo(3);
        Map<String, Object> row = jdbc.queryForMap("SELECT tier, answered_at, handle_seconds, outcome FROM"
                + " contact_history WHERE contact_id = 'ch-redo-k1'");
        assertThat(row).containsEntry("tier", "PREMIUM").containsEntry("handle_seconds", 300L)
                .containsEntry("outcome", "ANSWERED");
        assertThat(row.get("answered_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_history WHERE contact_id = 'ch-redo-k2'",
                Long.class)).isZero();
    }

    private static ContactHistoryCatchUp.Listener recording(List<String> told) {
        return new ContactHistoryCatchUp.Listener() {
            @Override
            public void waiting(Lag lag, Duration limit) {
                told.add("waiting " + lag.behind());
            }

            @Override
            public void progress(Lag lag) {
                told.add("progress " + lag.processed());
            }
        };
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ContactHistoryProjection.NAME, StreamingEventProcessor.class).orElseThrow();
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM contact_history WHERE contact_id LIKE 'it-%' ORDER BY contact_id");
    }

    private static String csv(RecordedHistory history) throws Exception {
        StringWriter out = new StringWriter();
        TraceCsv.write(history.trace(), out);
        return out.toString();
    }
}
