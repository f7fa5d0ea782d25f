package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ContactAnswered;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.ContactDetailsChanged;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projection's writes, plain JUnit against a real PostgreSQL migrated by the application's Flyway scripts. */
class TimelineWriterTests {

    static final Instant T = Instant.parse("2026-02-02T10:00:00Z");
    static final CustomerId ANN = new CustomerId("ann");
    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;
    static TimelineWriter writer;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        writer = new TimelineWriter(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private Map<String, Object> directory() {
        return jdbc.queryForMap("SELECT name, email, tier FROM customer_directory WHERE generation = 1"
                + " AND customer_id = 'ann'");
    }

    @Test
    void writingTheSameEventTwiceLeavesOneRowAndSaysOnlyTheFirstAddedIt() {
        ContactReceived received = new ContactReceived(new ContactId("k1"), ANN, Channel.PHONE, ContactType.INQUIRY,
                "invoice", T);
        assertThat(writer.write(1, "event-k1", 10, T.plusSeconds(1), received)).isPresent();
        assertThat(writer.write(1, "event-k1", 10, T.plusSeconds(1), received)).isEmpty();
        writer.write(1, "event-k1-answered", 11, T.plusSeconds(30), new ContactAnswered(new ContactId("k1"), ANN,
                Channel.PHONE, ContactType.INQUIRY, "agent-4", 29, T.plusSeconds(29)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE contact_id = 'k1'", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT summary FROM timeline_entry WHERE event_id = 'event-k1-answered'",
                String.class)).isEqualTo("Answered by agent-4 after 29 s");
    }

    @Test
    void eachDirectoryAttributeKeepsItsNewestValueWhateverTheOrderOfArrival() {
        writer.write(1, "r", 1, T, new CustomerRegistered(ANN, "Ann", "ann@example.com", null, ServiceTier.STANDARD,
                T));
        writer.write(1, "t5", 5, T, new ServiceTierChanged(ANN, ServiceTier.STANDARD, ServiceTier.PREMIUM, "grew",
                T.plusSeconds(50)));
        writer.write(1, "t3", 3, T, new ServiceTierChanged(ANN, ServiceTier.STANDARD, ServiceTier.BASIC, "fell",
                T.plusSeconds(30)));
        writer.write(1, "d2", 2, T, new ContactDetailsChanged(ANN, "Ann Lee", "ann.lee@example.com", null,
                T.plusSeconds(20)));
        assertThat(directory()).containsEntry("tier", "PREMIUM").containsEntry("name", "Ann Lee")
                .containsEntry("email", "ann.lee@example.com");
        writer.write(1, "r", 1, T, new CustomerRegistered(ANN, "Ann", "ann@example.com", null, ServiceTier.STANDARD,
                T));
        assertThat(directory()).containsEntry("tier", "PREMIUM").containsEntry("name", "Ann Lee");
    }
}
