package io.servicebalance.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.contact.ContactCommands.AnswerContact;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactId;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.PersonalData;
import io.servicebalance.eventstore.UpcastEvents;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.timeline.Rebuilds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events stored as revision 1 (personal data in clear, as every store written before encryption holds them) read as
 * revision 2 everywhere: aggregate loads, the live timeline, the contact history plans read, a timeline rebuild and
 * the bulk readers. Erasing such a customer redacts exactly its revision-1 fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RevisionOneIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway gateway;
    @Autowired
    EventStore events;
    @Autowired
    HistoryReader history;
    @Autowired
    UpcastEvents upcast;
    @Autowired
    Erasure erasure;
    @Autowired
    ApplicationContext context;

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String customer = "r1-" + token;
    private final String contact = customer + "-k1";
    private final String name = "Rosalind" + token;
    private final String subject = "subject-" + token;
    private final Instant t = Instant.parse("2034-04-01T09:00:00Z");

    private void storeRevisionOne() {
        store(customer, 0, "Customer", CustomerRegistered.class, "{\"customerId\":\"" + customer + "\",\"name\":\""
                + name + "\",\"email\":\"r." + token + "@example.com\",\"phone\":null,\"tier\":\"CARE\","
                + "\"occurredAt\":\"" + t + "\"}");
        store(contact, 0, "Contact", ContactReceived.class, "{\"contactId\":\"" + contact + "\",\"customerId\":\""
                + customer + "\",\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"subject\":\"" + subject
                + "\",\"occurredAt\":\"" + t.plusSeconds(60) + "\"}");
    }

    private void store(String aggregate, long sequence, String type, Class<?> payloadType, String json) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, payload, payload_type, payload_revision,"
                        + " time_stamp, aggregate_identifier, sequence_number, type, meta_data)"
                        + " VALUES (?, ?, ?, '1', ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                json.getBytes(StandardCharsets.UTF_8), payloadType.getName(), Instant.now().toString(), aggregate,
                sequence, type, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private List<String> summaries(int generation) {
        return jdbc.queryForList("SELECT coalesce(name, '') || '|' || summary FROM timeline_entry WHERE customer_id = ?"
                + " AND generation = ? ORDER BY occurred_at", String.class, customer, generation);
    }

    private int active() {
        return jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class);
    }

    @Test
    void revisionOneEventsReadAsRevisionTwoInEveryReaderAndAreRedactedByAnErasure() {
        storeRevisionOne();

        CustomerRegistered loaded = (CustomerRegistered) events.readEvents(customer, 0).asStream().findFirst()
                .orElseThrow().getPayload();
        assertThat(loaded.name()).isEqualTo(name);
        gateway.sendAndWait(new RecordPurchase(new CustomerId(customer), BigDecimal.TEN, "EUR", null,
                t.plusSeconds(30)));
        gateway.sendAndWait(new AnswerContact(new ContactId(contact), "agent-3", t.plusSeconds(75)));
        assertThat(jdbc.queryForList("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier"
                + " IN (?, ?) ORDER BY global_index", String.class, customer, contact)).containsExactly("1", "1", "2",
                "1");

        await().atMost(Duration.ofSeconds(60)).until(() -> summaries(active()).size() == 4);
        assertThat(summaries(active())).contains(name + "|Registered as a CARE customer",
                "|PHONE complaint received: " + subject);

        RecordedHistory recorded = history.read(t, t.plusSeconds(3_600));
        assertThat(recorded.trace().size()).isEqualTo(1);
        assertThat(recorded.trace().contactId(0)).isEqualTo(contact);
        assertThat(recorded.customers().get(customer).tier()).hasToString("CARE");

        List<DomainEventData<?>> raw = jdbc.query("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", (rs, n) -> new GenericDomainEventEntry<>(rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("event_identifier"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data")), contact);
        assertThat(((ContactReceived) upcast.domain(raw).get(0).getPayload()).subject()).isEqualTo(subject);

        List<String> live = summaries(active());
        int rebuilt = Rebuilds.run(context);
        assertThat(summaries(rebuilt)).isEqualTo(live);

        Erasure.Erased erased = erasure.erase(new CustomerId(customer));
        assertThat(erased.legacyEventsRedacted()).isEqualTo(2);
        assertThat(StoredText.find(jdbc, name)).isEmpty();
        assertThat(StoredText.find(jdbc, subject)).isEmpty();
        assertThat(((ContactReceived) events.readEvents(contact, 0).asStream().findFirst().orElseThrow()
                .getPayload()).subject()).isEqualTo(PersonalData.ERASED);
        assertThat(summaries(active())).contains(PersonalData.ERASED + "|Registered as a CARE customer",
                "|PHONE complaint received: " + PersonalData.ERASED);
    }
}
