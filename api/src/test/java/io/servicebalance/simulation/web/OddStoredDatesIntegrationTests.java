package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.eventstore.PoisonedEvents;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contacts stored with a date PostgreSQL cannot hold or a NUL character (written past the web layer, as an old
 * version or an import could have) never stop planning: the window check skips them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OddStoredDatesIntegrationTests {

    static final String PLANNER = "Basic " + java.util.Base64.getEncoder().encodeToString("planner:planner".getBytes());

    @LocalServerPort
    int port;
    @Autowired
    HistorySeeder seeder;
    @Autowired
    HistoryReader reader;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> injected = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        injected.forEach(id -> {
            jdbc.update("DELETE FROM dead_letter_entry WHERE event_identifier = ?", id);
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", id);
        });
    }

    private void storeOddContact(Consumer<ObjectNode> poison) {
        ContactReceived contact = new ContactReceived(new ContactId("odd-" + UUID.randomUUID()),
                new CustomerId("it-cust-000001"), Channel.PHONE, ContactType.INQUIRY, "an odd one",
                SeededFixture.FROM.plusSeconds(60));
        injected.add(PoisonedEvents.store(jdbc, "Contact", contact.contactId().value(), 0, contact, poison));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/simulations"))
                        .header("Content-Type", "application/json").header("Authorization", PLANNER)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storedContactsWithOutOfRangeDatesOrNulCharactersNeverStopPlanning() throws Exception {
        SeededFixture.ensure(seeder, jdbc);
        storeOddContact(c -> c.put("occurredAt", "+300000-01-01T00:00:00Z"));
        storeOddContact(c -> c.put("occurredAt", "-5000-01-01T00:00:00Z"));
        storeOddContact(c -> c.put("subject", "nul\u0000here"));

        assertThat(reader.windowProblems(SeededFixture.FROM, SeededFixture.TO)).isEmpty();
        assertThat(reader.contactSpan()).hasValueSatisfying(span ->
                assertThat(span[1].atZone(java.time.ZoneOffset.UTC).getYear()).isLessThan(10_000));
        HttpResponse<String> accepted = post("""
                {"name": "odd dates", "replications": 2, %s, "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": [1]}}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30}}}"""
                .formatted(SeededFixture.window()));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> !status(location).equals("QUEUED")
                && !status(location).equals("RUNNING"));
        assertThat(status(location)).isEqualTo("SUCCEEDED");

        HttpResponse<String> outside = post("""
                {"window": {"from": "1990-01-01T00:00:00Z", "to": "1990-02-01T00:00:00Z"},
                 "historical": {"source": "seeded"}, "grid": {"priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        assertThat(outside.statusCode()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT count(DISTINCT event_identifier) FROM"
                + " dead_letter_entry WHERE event_identifier IN (?, ?, ?)", Integer.class, injected.toArray()) == 3);
    }

    private String status(String location) throws Exception {
        JsonNode run = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + location)).header("Authorization", PLANNER).build(), HttpResponse.BodyHandlers.ofString()).body());
        return run.path("status").asText();
    }
}
