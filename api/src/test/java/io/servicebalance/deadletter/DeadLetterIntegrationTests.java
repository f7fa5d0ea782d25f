package io.servicebalance.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.micrometer.core.instrument.MeterRegistry;
import io.servicebalance.eventstore.PoisonedEvents;
import io.servicebalance.history.SeededFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events the read model cannot take, stored straight into the event store: they wait as dead letters while the rest
 * of the stream moves on, health and the gauge show them, admins retry or evict them, and a rebuild gets past them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterIntegrationTests {

    static final Instant T = SeededFixture.REGISTERED_AT;
    static final String PROCESSOR = "customer-timeline";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    EventProcessingConfiguration processing;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> injected = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        jdbc.update("DROP TRIGGER IF EXISTS refuse_customer ON timeline_entry");
        jdbc.update("DELETE FROM dead_letter_entry WHERE sequence_identifier LIKE 'dl-%'");
        injected.forEach(id -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", id));
    }

    private HttpResponse<String> send(String user, String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode letters() throws Exception {
        return json.readTree(send("admin", "GET", "/api/admin/dead-letters?processor=" + PROCESSOR + "&limit=500")
                .body());
    }

    private List<JsonNode> lettersOf(String prefix) throws Exception {
        return StreamSupport.stream(letters().path("letters").spliterator(), false)
                .filter(l -> l.path("sequence").asText().startsWith(prefix)).toList();
    }

    /** Event ids of the letters (at-least-once processing may dead-letter an event twice). */
    private java.util.Set<String> eventIds(String prefix) throws Exception {
        return lettersOf(prefix).stream().map(l -> l.path("eventId").asText())
                .collect(java.util.stream.Collectors.toSet());
    }

    private String poison(String customerId, String field, String value) {
        CustomerRegistered event = new CustomerRegistered(new CustomerId(customerId), "Pat Poison", "pat@example.com",
                null, ServiceTier.BASIC, T);
        String id = PoisonedEvents.store(jdbc, "Customer", customerId, 0, event, p -> p.put(field, value));
        injected.add(id);
        return id;
    }

    private String registerWithManager(String prefix) {
        String id = prefix + UUID.randomUUID();
        SeededFixture.registerWithManager(gateway, id, "Nora Next", "nora@example.com", ServiceTier.STANDARD,
                "manager1");
        return id;
    }

    private int timelineEntries(String customerId) throws Exception {
        HttpResponse<String> answer = send("manager1", "GET", "/api/customers/" + customerId + "/timeline");
        return answer.statusCode() == 200 ? json.readTree(answer.body()).path("entries").size() : -answer.statusCode();
    }

    @Test
    void poisonedEventsWaitAsDeadLettersWhileTheNextCustomerReachesItsManagersTimeline() throws Exception {
        String prefix = "dl-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> poisoned = List.of(poison(prefix + "nul", "name", "Pat\u0000Poison"),
                poison(prefix + "far", "occurredAt", "+300000-01-01T00:00:00Z"),
                poison(prefix + "early", "occurredAt", "-5000-01-01T00:00:00Z"));
        String next = registerWithManager("dl-next-");

        await().atMost(Duration.ofSeconds(60)).until(() -> timelineEntries(next) == 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> eventIds(prefix).size() == 3);
        assertThat(eventIds(prefix)).containsExactlyInAnyOrderElementsOf(poisoned);
        assertThat(lettersOf(prefix)).allSatisfy(l -> assertThat(l.path("eventType").asText())
                .isEqualTo("CustomerEvents.CustomerRegistered"));
        assertThat(lettersOf(prefix)).filteredOn(l -> l.path("index").asLong() == 1).hasSize(3).allSatisfy(l -> {
            assertThat(l.path("causeType").asText()).isNotBlank();
            assertThat(l.path("attempts").asInt()).isOne();
        });

        HttpResponse<String> health = send(null, "GET", "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("DEGRADED");
        assertThat(registry.get("servicebalance.processor.dead.letters").tag("processor", PROCESSOR).gauge().value())
                .isGreaterThanOrEqualTo(3);
        assertThat(send("manager1", "GET", "/api/admin/dead-letters").statusCode()).isEqualTo(403);

        assertThat(send("admin", "POST", "/api/admin/read-models/" + PROCESSOR + "/rebuild").statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).until(() -> !json.readTree(send("admin", "GET",
                "/api/admin/read-models/" + PROCESSOR).body()).path("state").asText().equals("RUNNING"));
        JsonNode rebuilt = json.readTree(send("admin", "GET", "/api/admin/read-models/" + PROCESSOR).body());
        assertThat(rebuilt.path("state").asText()).isEqualTo("DONE");
        assertThat(rebuilt.path("deadLettered").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(eventIds(prefix)).hasSize(3);
        assertThat(timelineEntries(next)).isEqualTo(2);

        for (JsonNode letter : lettersOf(prefix)) {
            assertThat(send("admin", "DELETE", "/api/admin/dead-letters/" + letter.path("id").asText()).statusCode())
                    .isEqualTo(204);
        }
        assertThat(lettersOf(prefix)).isEmpty();
    }

    @Test
    void aLetterRetriedAfterTheCauseIsFixedReachesTheTimelineAndItsStackTraceIsLoggedOnce(CapturedOutput output)
            throws Exception {
        String prefix = "dl-fix-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_customer() RETURNS trigger AS $$
                BEGIN
                    IF NEW.customer_id LIKE '%s%%' THEN RAISE EXCEPTION 'refused for the test'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(prefix));
        jdbc.execute("CREATE TRIGGER refuse_customer BEFORE INSERT ON timeline_entry FOR EACH ROW"
                + " EXECUTE FUNCTION refuse_customer()");
        String customer = registerWithManager(prefix);
        await().atMost(Duration.ofSeconds(60)).until(() -> eventIds(prefix).size() == 2);
        String first = lettersOf(prefix).get(0).path("id").asText();
        String eventId = lettersOf(prefix).get(0).path("eventId").asText();

        HttpResponse<String> stillBroken = send("admin", "POST", "/api/admin/dead-letters/" + first + "/retry");
        assertThat(json.readTree(stillBroken.body()).path("remainingInSequence").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(lettersOf(prefix).stream().filter(l -> l.path("id").asText().equals(first)).findFirst()
                .orElseThrow().path("attempts").asInt()).isEqualTo(2);
        assertThat(timelineEntries(customer)).isEqualTo(-404);

        jdbc.update("DROP TRIGGER refuse_customer ON timeline_entry");
        HttpResponse<String> retried = send("admin", "POST", "/api/admin/dead-letters/" + first + "/retry");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json.readTree(retried.body()).path("processed").asBoolean()).isTrue();
        assertThat(lettersOf(prefix)).isEmpty();
        assertThat(timelineEntries(customer)).isEqualTo(2);

        long firstFailures = output.getAll().lines()
                .filter(l -> l.contains(eventId) && l.contains("waits in the dead-letter")).count();
        assertThat(firstFailures).isPositive();
        assertThat(output.getAll().lines().filter(l -> l.contains(eventId) && l.contains("failed again")).count())
                .isEqualTo(1);
        assertThat(output.getAll().lines().filter(l -> l.startsWith("Caused by:") && l.contains("refused for the test"))
                .count()).as("one stack trace per first failure, none for the retry").isEqualTo(firstFailures);
        assertThat(send("admin", "POST", "/api/admin/dead-letters/no-such-letter/retry").statusCode()).isEqualTo(404);
        assertThat(send("admin", "DELETE", "/api/admin/dead-letters/no-such-letter").statusCode()).isEqualTo(404);
    }

    @Test
    void anEventDeliveredAgainWhileItWaitsIsNotLetteredTwice() throws Exception {
        String customer = "dl-twice-" + UUID.randomUUID();
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(PROCESSOR).orElseThrow();
        EventMessage<?> registered = new GenericDomainEventMessage<>("Customer", customer, 0,
                new CustomerRegistered(new CustomerId(customer), "Pat Twice", "pat@example.com", null,
                        ServiceTier.BASIC, T));
        EventMessage<?> next = new GenericDomainEventMessage<>("Customer", customer, 1,
                new CustomerRegistered(new CustomerId(customer), "Pat Twice", "pat@example.com", null,
                        ServiceTier.BASIC, T));
        queue.enqueue(customer, new GenericDeadLetter<>(customer, registered, new IllegalStateException("first")));
        queue.enqueue(customer, new GenericDeadLetter<>(customer, registered, new IllegalStateException("again")));
        assertThat(queue.enqueueIfPresent(customer, () -> new GenericDeadLetter<>(customer, registered)))
                .as("the event waits: not handled now").isTrue();
        assertThat(queue.enqueueIfPresent(customer, () -> new GenericDeadLetter<>(customer, next))).isTrue();

        assertThat(lettersOf(customer)).extracting(l -> l.path("eventId").asText())
                .containsExactly(registered.getIdentifier(), next.getIdentifier());
        assertThat(lettersOf(customer).get(0).path("causeMessage").asText()).isEqualTo("first");
    }
}
