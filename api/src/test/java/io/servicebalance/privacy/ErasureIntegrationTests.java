package io.servicebalance.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactCommands.AbandonContact;
import io.servicebalance.contact.ContactCommands.AnswerContact;
import io.servicebalance.contact.ContactCommands.RateSatisfaction;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.contact.ContactCommands.ResolveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.ChangeContactDetails;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.PersonalData;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.trace.Trace;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erasure over real HTTP and a real PostgreSQL: before it, personal data is encrypted at rest but readable; after
 * it, no plaintext of the customer's names, e-mails, phones or free text remains in any table or in the logs, the read
 * models show the placeholder, the aggregates still replay and take commands, and plans count the same contacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryReader history;
    @Autowired
    EventStore events;
    @Autowired
    HistorySeeder seeder;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    @Test
    void anErasedCustomerLeavesNoPersonalDataAnywhereAndStillCountsInPlans() throws Exception {
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "er-" + token;
        Instant t = Instant.parse("2024-02-29T03:00:00Z");
        List<String> personal = List.of("Quirin" + token, "quirin." + token + "@example.com",
                "+49 30 " + token.hashCode(),
                "Zora" + token, "zora." + token + "@example.org", "+33 1 " + token.hashCode(), "subject-" + token,
                "comment-" + token, "reason-" + token, "purchase-" + token);
        HttpResponse<String> registered = post("agent", "/api/customers", "{\"id\":\"" + id + "\",\"name\":\""
                + personal.get(0) + "\",\"email\":\"" + personal.get(1) + "\",\"phone\":\"" + personal.get(2)
                + "\",\"tier\":\"PREMIUM\",\"occurredAt\":\"" + t + "\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
        CustomerId customer = new CustomerId(id);
        gateway.sendAndWait(new AssignAccountManager(customer, "manager1", t.plusSeconds(1)));
        gateway.sendAndWait(new ChangeContactDetails(customer, personal.get(3), personal.get(4), personal.get(5),
                t.plusSeconds(2)));
        gateway.sendAndWait(new RecordPurchase(customer, BigDecimal.TEN, "EUR", personal.get(9), t.plusSeconds(3)));
        ContactId answered = new ContactId(id + "-k1");
        gateway.sendAndWait(new ReceiveContact(answered, customer, Channel.PHONE, ContactType.COMPLAINT,
                personal.get(6), t.plusSeconds(60)));
        gateway.sendAndWait(new AnswerContact(answered, "agent-7", t.plusSeconds(80)));
        ContactId abandoned = new ContactId(id + "-k2");
        gateway.sendAndWait(new ReceiveContact(abandoned, customer, Channel.CHAT, ContactType.INQUIRY,
                personal.get(7), t.plusSeconds(120)));
        gateway.sendAndWait(new AbandonContact(abandoned, t.plusSeconds(150)));
        ContactId rated = new ContactId(id + "-k3");
        gateway.sendAndWait(new ReceiveContact(rated, customer, Channel.EMAIL, ContactType.INQUIRY, "plain question",
                t.plusSeconds(200)));
        gateway.sendAndWait(new AnswerContact(rated, "agent-7", t.plusSeconds(260)));
        gateway.sendAndWait(new ResolveContact(rated, 90L, true, t.plusSeconds(400)));
        gateway.sendAndWait(new RateSatisfaction(rated, 2, personal.get(8), t.plusSeconds(500)));
        await().atMost(Duration.ofSeconds(60)).until(() -> timelineRows(id) == 12);

        assertThat(personal).allSatisfy(text -> assertThat(eventStoreHolds(text)).as(text).isFalse());
        JsonNode profileBefore = get("manager1", "/api/customers/" + id);
        assertThat(profileBefore.path("name").asText()).isEqualTo(personal.get(3));
        assertThat(get("manager1", "/api/customers/" + id + "/timeline?limit=50").toString())
                .contains(personal.get(6), personal.get(8));
        int contactsBefore = contactsOf(id, t);
        assertThat(contactsBefore).isEqualTo(3);

        assertThat(post("agent", "/api/customers/" + id + "/erasure", "").statusCode()).isEqualTo(403);
        assertThat(post("admin", "/api/customers/nobody-" + token + "/erasure", "").statusCode()).isEqualTo(404);
        HttpResponse<String> erased = post("admin", "/api/customers/" + id + "/erasure", "");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(erased.body()).path("erasedNow").asBoolean()).isTrue();
        assertThat(JSON.readTree(post("admin", "/api/customers/" + id + "/erasure", "").body())
                .path("erasedNow").asBoolean()).isFalse();

        gateway.sendAndWait(new RecordPurchase(customer, BigDecimal.ONE, "EUR", "after-" + token, t.plusSeconds(900)));
        await().atMost(Duration.ofSeconds(60)).until(() -> timelineRows(id) == 13);
        Object registration = events.readEvents(id, 0).asStream().findFirst().orElseThrow().getPayload();
        assertThat(((CustomerRegistered) registration).name()).isEqualTo(PersonalData.ERASED);
        assertThat(((CustomerRegistered) registration).email()).isEqualTo(PersonalData.ERASED);

        JsonNode profile = get("manager1", "/api/customers/" + id);
        assertThat(profile.path("name").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(profile.path("email").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(profile.path("kpis").path("openCases")).isEqualTo(profileBefore.path("kpis").path("openCases"));
        assertThat(get("manager1", "/api/customers?q=" + personal.get(3)).toString()).doesNotContain(id);
        assertThat(contactsOf(id, t)).isEqualTo(contactsBefore);

        List<String> everywhere = new ArrayList<>(personal);
        everywhere.add("after-" + token);
        for (String text : everywhere) {
            assertThat(StoredText.find(jdbc, text)).as(text).isEmpty();
            assertThat(logs.list).noneSatisfy(e -> assertThat(logged(e)).contains(text));
        }
    }

    @Test
    void theBulkSeedPathEncryptsPersonalDataToo() {
        SeedSettings settings = new SeedSettings(20, 2, 3, Instant.parse("2029-01-01T00:00:00Z"), ZoneOffset.UTC,
                "bk-");
        seeder.seed(settings, SyntheticHistory.generate(settings), true, new BulkAppender.Listener() { });
        List<String> ids = jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE type ="
                + " 'Customer' AND sequence_number = 0 AND aggregate_identifier LIKE 'bk-%'", String.class);
        assertThat(ids).hasSize(20);
        for (String id : ids) {
            CustomerRegistered registered = (CustomerRegistered) events.readEvents(id, 0).asStream().findFirst()
                    .orElseThrow().getPayload();
            assertThat(registered.name()).isNotBlank().isNotEqualTo(PersonalData.ERASED);
            assertThat(eventStoreHolds(registered.email())).as(registered.email()).isFalse();
        }
    }

    /** The customer's contacts in a plan's window: what a plan replays. */
    private int contactsOf(String id, Instant t) {
        Trace trace = history.read(t, t.plusSeconds(86_400)).trace();
        int n = 0;
        for (int i = 0; i < trace.size(); i++) {
            n += trace.contactId(i).startsWith(id + "-") ? 1 : 0;
        }
        return n;
    }

    private boolean eventStoreHolds(String text) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(?::bytea IN payload) > 0",
                Long.class, text.getBytes(StandardCharsets.UTF_8)) > 0;
    }

    private int timelineRows(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE customer_id = ? AND generation ="
                + " (SELECT active FROM read_model_generation)", Integer.class, id);
    }

    private static String logged(ILoggingEvent event) {
        return event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }

    private JsonNode get(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
