package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactCommands.AbandonContact;
import io.servicebalance.contact.ContactCommands.AcknowledgeComplaint;
import io.servicebalance.contact.ContactCommands.AnswerContact;
import io.servicebalance.contact.ContactCommands.CloseContact;
import io.servicebalance.contact.ContactCommands.RateSatisfaction;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.contact.ContactCommands.ResolveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.ChangeServiceTier;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer's KPIs over HTTP agree with a computation made here, independently, from the same commands; and asOf a
 * moment before a tier change shows the old tier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KpiIntegrationTests {

    static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
    /** STANDARD targets (application.yml): PHONE 20 s, CHAT 60 s, EMAIL 24 h. */
    static final Map<Channel, Long> STANDARD_TARGETS = Map.of(Channel.PHONE, 20L, Channel.CHAT, 60L, Channel.EMAIL,
            86_400L);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Object> sent = new ArrayList<>();

    private void send(Object command) {
        gateway.sendAndWait(command);
        sent.add(command);
    }

    private void contact(String customer, String id, Channel channel, ContactType type, long at) {
        send(new ReceiveContact(new ContactId(id), new CustomerId(customer), channel, type, "subject", T.plusSeconds(at)));
    }

    @Test
    void kpisAgreeWithTheEventsAndAsOfShowsWhatWasKnownThen() throws Exception {
        String c = "kpi-" + UUID.randomUUID();
        CustomerId id = new CustomerId(c);
        send(new RegisterCustomer(id, "Kim Kpi", "kim@example.com", null, ServiceTier.STANDARD, T));
        send(new AssignAccountManager(id, "manager1", T.plusSeconds(10)));
        send(new RecordPurchase(id, new BigDecimal("100.50"), "EUR", null, T.plusSeconds(50)));
        contact(c, c + "-k1", Channel.PHONE, ContactType.INQUIRY, 100);
        send(new AnswerContact(new ContactId(c + "-k1"), "agent-1", T.plusSeconds(105)));
        send(new ResolveContact(new ContactId(c + "-k1"), 120, true, T.plusSeconds(230)));
        send(new RateSatisfaction(new ContactId(c + "-k1"), 4, null, T.plusSeconds(240)));
        send(new CloseContact(new ContactId(c + "-k1"), T.plusSeconds(250)));
        contact(c, c + "-k2", Channel.PHONE, ContactType.REQUEST, 200);
        send(new AnswerContact(new ContactId(c + "-k2"), "agent-2", T.plusSeconds(260)));
        send(new ResolveContact(new ContactId(c + "-k2"), 60, false, T.plusSeconds(330)));
        send(new RateSatisfaction(new ContactId(c + "-k2"), 2, "slow", T.plusSeconds(340)));
        contact(c, c + "-k3", Channel.CHAT, ContactType.INQUIRY, 300);
        send(new AbandonContact(new ContactId(c + "-k3"), T.plusSeconds(330)));
        contact(c, c + "-k5", Channel.PHONE, ContactType.INQUIRY, 350);
        send(new AbandonContact(new ContactId(c + "-k5"), T.plusSeconds(352)));
        contact(c, c + "-k4", Channel.EMAIL, ContactType.COMPLAINT, 400);
        send(new AnswerContact(new ContactId(c + "-k4"), "agent-3", T.plusSeconds(500)));
        send(new AcknowledgeComplaint(new ContactId(c + "-k4"), T.plusSeconds(510)));
        send(new RecordPurchase(id, new BigDecimal("20"), "EUR", null, T.plusSeconds(600)));
        ReadApi api = new ReadApi(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(c) == sent.size());
        Instant beforeChange = Instant.now();
        // Recording times are kept to the millisecond: the change is recorded after beforeChange once the store's
        // clock has moved past beforeChange's millisecond.
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(1))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(beforeChange));
        send(new ChangeServiceTier(id, ServiceTier.PREMIUM, "grew", T.plusSeconds(700)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(c) == sent.size());

        JsonNode now = api.json("manager1", "/api/customers/" + c).path("kpis");
        Expected expected = Expected.from(sent);
        assertThat(now.path("tier").asText()).isEqualTo("PREMIUM");
        assertThat(now.path("accountManager").asText()).isEqualTo("manager1");
        assertThat(now.path("lifetimeValue").path("EUR").decimalValue()).isEqualByComparingTo(expected.value);
        assertThat(now.path("openCases").asInt()).isEqualTo(expected.open.size());
        assertThat(now.path("openComplaints").asInt()).isEqualTo(expected.openComplaints.size());
        assertThat(now.path("lastSatisfaction").asInt()).isEqualTo(expected.lastScore);
        assertThat(now.path("averageSatisfaction").asDouble()).isEqualTo(expected.averageScore());
        assertThat(now.path("abandonedContacts").asInt()).isEqualTo(expected.abandoned);
        assertThat(now.path("slaBreaches").asInt()).isEqualTo(expected.breaches);
        assertThat(now.path("contactsByChannel").path("PHONE").asInt()).isEqualTo(expected.byChannel.get("PHONE"));
        assertThat(now.path("contactsByChannel").path("EMAIL").asInt()).isEqualTo(expected.byChannel.get("EMAIL"));
        assertThat(Instant.parse(now.path("lastContactAt").asText())).isEqualTo(expected.lastContact);

        send(new io.servicebalance.customer.CustomerCommands.ChangeContactDetails(id, "Kim Renamed",
                "kim.renamed@example.com", null, T.plusSeconds(800)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(c) == sent.size());
        assertThat(api.json("manager1", "/api/customers/" + c).path("name").asText()).isEqualTo("Kim Renamed");
        JsonNode profileThen = api.json("manager1", "/api/customers/" + c + "?asOf=" + beforeChange);
        assertThat(profileThen.path("name").asText()).isEqualTo("Kim Kpi");
        assertThat(profileThen.path("email").asText()).isEqualTo("kim@example.com");
        JsonNode then = profileThen.path("kpis");
        assertThat(then.path("tier").asText()).isEqualTo("STANDARD");
        assertThat(then.path("lifetimeValue").path("EUR").decimalValue()).isEqualByComparingTo(expected.value);
        JsonNode timelineThen = api.json("manager1", "/api/customers/" + c + "/timeline?asOf=" + beforeChange);
        assertThat(timelineThen.path("entries").findValuesAsText("type")).doesNotContain("ServiceTierChanged");
        assertThat(api.json("manager1", "/api/customers/" + c + "/timeline?types=ContactAbandoned")
                .path("entries")).hasSize(expected.abandoned);
    }

    @Test
    void asOfIsExactAtTheRecordingTimeOfAnEvent() throws Exception {
        String c = "asof-" + UUID.randomUUID();
        CustomerId id = new CustomerId(c);
        send(new RegisterCustomer(id, "Ed Exact", "ed@example.com", null, ServiceTier.STANDARD, T));
        send(new AssignAccountManager(id, "manager1", T.plusSeconds(10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(c) == sent.size());
        Instant lastBefore = recordedAt(new ReadApi(port), c, "AccountManagerAssigned");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(1))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(lastBefore));
        send(new ChangeServiceTier(id, ServiceTier.PREMIUM, "grew", T.plusSeconds(20)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(c) == sent.size());
        ReadApi api = new ReadApi(port);
        Instant changed = recordedAt(api, c, "ServiceTierChanged");

        assertThat(tierAsOf(api, c, changed)).isEqualTo("PREMIUM");
        assertThat(tierAsOf(api, c, changed.minusNanos(1))).isEqualTo("STANDARD");
        assertThat(tierAsOf(api, c, changed.minusNanos(500))).isEqualTo("STANDARD");
        assertThat(api.json("manager1", "/api/customers/" + c + "/timeline?asOf=" + changed.minusNanos(1))
                .path("entries").findValuesAsText("type")).doesNotContain("ServiceTierChanged");
        assertThat(api.json("manager1", "/api/customers/" + c + "/timeline?asOf=" + changed)
                .path("entries").findValuesAsText("type")).contains("ServiceTierChanged");
    }

    private static Instant recordedAt(ReadApi api, String customer, String type) throws Exception {
        return Instant.parse(api.json("manager1", "/api/customers/" + customer + "/timeline?types=" + type)
                .path("entries").get(0).path("recordedAt").asText());
    }

    private static String tierAsOf(ReadApi api, String customer, Instant asOf) throws Exception {
        return api.json("manager1", "/api/customers/" + customer + "?asOf=" + asOf).path("kpis").path("tier").asText();
    }

    private int count(String customer) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE customer_id = ? AND generation ="
                + " (SELECT active FROM read_model_generation)", Integer.class, customer);
    }

    /** The KPIs worked out from the commands sent, without the read model. */
    static final class Expected {
        BigDecimal value = BigDecimal.ZERO;
        final Set<String> open = new HashSet<>();
        final Set<String> openComplaints = new HashSet<>();
        final Map<String, Integer> byChannel = new TreeMap<>();
        final Map<String, Instant> received = new TreeMap<>();
        final Map<String, Channel> channels = new TreeMap<>();
        int lastScore;
        int scoreSum;
        int scores;
        int abandoned;
        int breaches;
        Instant lastContact;

        double averageScore() {
            return (double) scoreSum / scores;
        }

        static Expected from(List<Object> commands) {
            Expected e = new Expected();
            for (Object command : commands) {
                if (command instanceof RecordPurchase p) {
                    e.value = e.value.add(p.amount());
                } else if (command instanceof ReceiveContact r) {
                    e.open.add(r.contactId().value());
                    if (r.type() == ContactType.COMPLAINT) {
                        e.openComplaints.add(r.contactId().value());
                    }
                    e.byChannel.merge(r.channel().name(), 1, Integer::sum);
                    e.received.put(r.contactId().value(), r.occurredAt());
                    e.channels.put(r.contactId().value(), r.channel());
                    e.lastContact = r.occurredAt();
                } else if (command instanceof AnswerContact a) {
                    long wait = Duration.between(e.received.get(a.contactId().value()), a.occurredAt()).getSeconds();
                    e.breaches += wait > STANDARD_TARGETS.get(e.channels.get(a.contactId().value())) ? 1 : 0;
                } else if (command instanceof AbandonContact a) {
                    e.abandoned++;
                    long wait = Duration.between(e.received.get(a.contactId().value()), a.occurredAt()).getSeconds();
                    e.breaches += wait >= 5 ? 1 : 0;
                    e.open.remove(a.contactId().value());
                    e.openComplaints.remove(a.contactId().value());
                } else if (command instanceof CloseContact c) {
                    e.open.remove(c.contactId().value());
                } else if (command instanceof RateSatisfaction r) {
                    e.lastScore = r.score();
                    e.scoreSum += r.score();
                    e.scores++;
                }
            }
            return e;
        }
    }
}
