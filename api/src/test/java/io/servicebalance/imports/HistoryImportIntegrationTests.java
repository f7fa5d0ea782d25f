package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.servicebalance.contact.ContactCommands.CloseContact;
import io.servicebalance.contact.ContactCommands.ResolveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.customer.CustomerCommands.ChangeServiceTier;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.eventstore.bulk.BulkAppender;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports into a real PostgreSQL: what is appended, re-imports, continuation, and the live system on imported data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryImportIntegrationTests {

    private static final BulkAppender.Listener QUIET = new BulkAppender.Listener() { };

    @Autowired
    HistoryImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway gateway;

    @Test
    void theExampleFilesBecomeTheDomainsEventsWithAxonsTypesAndSequenceNumbers() {
        String p = ImportFiles.prefix();
        ImportSummary summary = importer.run(ImportFiles.examples(p), QUIET);
        assertThat(summary.rows()).isEqualTo(14);
        // customers: 4 registered, 2 managers, 4 purchases, 1 churn; contacts: 6 received, 4 answered, 1 abandoned,
        // 3 resolved, 1 complaint acknowledged, 2 rated
        assertThat(summary.append().eventsAppended()).isEqualTo(11 + 17).isEqualTo(ImportFiles.events(jdbc, p));
        assertThat(jdbc.queryForList("SELECT payload_type || '/' || type || '/' || sequence_number"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class,
                p + "k-1")).containsExactly(
                "io.servicebalance.contact.ContactEvents$ContactReceived/Contact/0",
                "io.servicebalance.contact.ContactEvents$ContactAnswered/Contact/1",
                "io.servicebalance.contact.ContactEvents$ContactResolved/Contact/2",
                "io.servicebalance.contact.ContactEvents$SatisfactionRated/Contact/3");
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, p + "k-1"))
                .contains("\"waitSeconds\":12").contains("\"occurredAt\":\"2026-01-07T09:00:12Z\"");
    }

    @Test
    void importingTheSameFilesAgainAppendsNothingAndSaysSo() {
        String p = ImportFiles.prefix();
        importer.run(ImportFiles.examples(p), QUIET);
        long before = ImportFiles.events(jdbc, p);
        ImportSummary again = importer.run(ImportFiles.examples(p), QUIET);
        assertThat(again.append().eventsAppended()).isZero();
        assertThat(again.append().unchanged()).isEqualTo(10);
        assertThat(again.describe()).contains("nothing new");
        assertThat(ImportFiles.events(jdbc, p)).isEqualTo(before);
    }

    @Test
    void aLaterLogThatContinuesAnEarlierOneAppendsOnlyWhatIsNew() {
        String p = ImportFiles.prefix();
        importer.run(ImportFiles.examples(p), QUIET);
        long before = ImportFiles.events(jdbc, p);
        String contacts = ImportFiles.example("contacts.csv", p).replace(
                p + "k-6," + p + "c-2,PHONE,INQUIRY,2026-01-08T16:59:00Z,,,,",
                p + "k-6," + p + "c-2,PHONE,INQUIRY,2026-01-08T16:59:00Z,2026-01-08T17:01:00Z,,90,3")
                + p + "k-7," + p + "c-4,CHAT,REQUEST,2026-01-21T08:00:00Z,2026-01-21T08:00:30Z,,200,\n";
        String purchases = ImportFiles.example("purchases.csv", p) + p + "c-1,10.00,EUR,2026-01-22T10:00:00Z\n";
        ImportSummary later = importer.run(new ImportSources(
                ImportFiles.source("customers.csv", ImportFiles.example("customers.csv", p)),
                ImportFiles.source("contacts.csv", contacts), ImportFiles.source("purchases.csv", purchases)), QUIET);
        // k-6 answered, resolved, rated (3); k-7 received, answered, resolved (3); one purchase
        assertThat(later.append().eventsAppended()).isEqualTo(7);
        assertThat(later.append().continued()).isEqualTo(2);
        assertThat(later.append().created()).isEqualTo(1);
        assertThat(ImportFiles.events(jdbc, p)).isEqualTo(before + 7);
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, p + "k-6")).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void anImportCutShortInTheMiddleWritesNothingAndTheSameImportThenCompletesEveryRowOnce() {
        String p = ImportFiles.prefix();
        StringBuilder contacts = new StringBuilder(ImportFiles.example("contacts.csv", p));
        for (int i = 0; i < 600; i++) {
            contacts.append(p).append("m-").append(i).append(',').append(p).append("c-4,EMAIL,INQUIRY,")
                    .append(Instant.parse("2026-01-07T11:00:00Z").plusSeconds(i)).append(",,,,\n");
        }
        ImportSources sources = new ImportSources(
                ImportFiles.source("customers.csv", ImportFiles.example("customers.csv", p)),
                ImportFiles.source("contacts.csv", contacts.toString()),
                ImportFiles.source("purchases.csv", ImportFiles.example("purchases.csv", p)));
        assertThatThrownBy(() -> importer.run(sources, new BulkAppender.Listener() {
            @Override
            public void progressed(long aggregates) {
                throw new IllegalStateException("kill -9 here");
            }
        })).hasMessageContaining("kill -9 here");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
        ImportSummary completed = importer.run(sources, QUIET);
        assertThat(completed.append().eventsAppended()).isEqualTo(28 + 600).isEqualTo(ImportFiles.events(jdbc, p));
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT (aggregate_identifier, sequence_number))"
                + " FROM domain_event_entry WHERE aggregate_identifier LIKE ?", Long.class, p + "%"))
                .isEqualTo(28 + 600);
    }

    @Test
    void theWriteApiContinuesImportedAggregatesAndTheTimelineShowsTheImportedEntries() {
        String p = ImportFiles.prefix();
        importer.run(ImportFiles.examples(p), QUIET);
        gateway.sendAndWait(new ChangeServiceTier(new CustomerId(p + "c-2"), ServiceTier.PREMIUM, "imported and loyal",
                Instant.parse("2026-02-01T00:00:00Z")));
        gateway.sendAndWait(new CloseContact(new ContactId(p + "k-1"), Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, p + "c-2")).containsExactly(0L, 1L, 2L);
        assertThatThrownBy(() -> gateway.sendAndWait(new ResolveContact(new ContactId(p + "k-2"), 10, true,
                Instant.parse("2026-02-01T00:00:00Z")))).hasMessageContaining("abandoned");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT type FROM timeline_entry WHERE customer_id = ?", String.class, p + "c-1"))
                .contains("CustomerRegistered", "PurchaseRecorded", "ContactReceived", "SatisfactionRated"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT type FROM timeline_entry WHERE customer_id = ?", String.class, p + "c-2"))
                .contains("CustomerRegistered", "ServiceTierChanged", "ContactAbandoned"));
    }
}
