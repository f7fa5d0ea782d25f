package io.servicebalance.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The write API over real HTTP against a real PostgreSQL: what is recorded, and that rejections record nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicebalance.snapshots.customer-every=50")
class WriteApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    static final String AGENT = "Basic " + java.util.Base64.getEncoder().encodeToString("agent:agent".getBytes());

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int eventCount(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, aggregateId);
    }

    private String registerCustomer() throws Exception {
        String id = "cust-" + UUID.randomUUID();
        HttpResponse<String> created = post("/api/customers", """
                {"id":"%s","name":"Grace Hopper","email":"grace@example.com","tier":"PREMIUM",
                 "occurredAt":"2026-01-10T08:00:00Z"}""".formatted(id));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/customers/" + id);
        assertThat(json.readTree(created.body()).get("id").asText()).isEqualTo(id);
        return id;
    }

    @Test
    void recordsACaseFromReceiptToRatingAsJsonEvents() throws Exception {
        String customer = registerCustomer();
        HttpResponse<String> contact = post("/api/contacts", """
                {"customerId":"%s","channel":"PHONE","type":"INQUIRY","subject":"invoice",
                 "occurredAt":"2026-01-11T09:00:00Z"}""".formatted(customer));
        assertThat(contact.statusCode()).isEqualTo(201);
        String contactId = json.readTree(contact.body()).get("id").asText();
        assertThat(post("/api/contacts/" + contactId + "/answer",
                "{\"agentId\":\"agent-1\",\"occurredAt\":\"2026-01-11T09:00:35Z\"}").statusCode()).isEqualTo(204);
        assertThat(post("/api/contacts/" + contactId + "/resolve",
                "{\"handleSeconds\":240,\"firstContactResolution\":true,\"occurredAt\":\"2026-01-11T09:04:35Z\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("/api/contacts/" + contactId + "/rating", "{\"score\":5}").statusCode()).isEqualTo(204);

        List<String> types = jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, contactId);
        assertThat(types).extracting(t -> t.substring(t.lastIndexOf('$') + 1))
                .containsExactly("ContactReceived", "ContactAnswered", "ContactResolved", "SatisfactionRated");
        byte[] answered = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 1", byte[].class, contactId);
        JsonNode payload = json.readTree(answered);
        assertThat(payload.get("waitSeconds").asLong()).isEqualTo(35);
        assertThat(payload.get("customerId").asText()).isEqualTo(customer);
        assertThat(payload.get("channel").asText()).isEqualTo("PHONE");
    }

    @Test
    void aComplaintPassesItsStepsOverHttp() throws Exception {
        String customer = registerCustomer();
        String contactId = json.readTree(post("/api/contacts", """
                {"customerId":"%s","channel":"SOCIAL","type":"COMPLAINT","subject":"late delivery",
                 "occurredAt":"2026-01-12T09:00:00Z"}""".formatted(customer)).body()).get("id").asText();
        String base = "/api/contacts/" + contactId;
        assertThat(post(base + "/complaint/investigation", "{\"findings\":\"x\"}").statusCode()).isEqualTo(409);
        assertThat(post(base + "/answer", "{\"agentId\":\"agent-2\",\"occurredAt\":\"2026-01-12T09:10:00Z\"}").statusCode())
                .isEqualTo(204);
        assertThat(post(base + "/complaint/acknowledge", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> outOfOrder = post(base + "/complaint/remedy-proposal", "{\"remedy\":\"refund\"}");
        assertThat(outOfOrder.statusCode()).isEqualTo(409);
        assertThat(json.readTree(outOfOrder.body()).get("rule").asText()).isEqualTo("complaint-step-out-of-order");
        assertThat(post(base + "/complaint/investigation", "{\"findings\":\"courier lost it\"}").statusCode()).isEqualTo(204);
        assertThat(post(base + "/complaint/remedy-proposal", "{\"remedy\":\"refund\"}").statusCode()).isEqualTo(204);
        assertThat(post(base + "/complaint/remedy-implementation", "").statusCode()).isEqualTo(204);
        assertThat(post(base + "/complaint/archive", "{\"customerFeedback\":\"fair\"}").statusCode()).isEqualTo(204);
        assertThat(eventCount(contactId)).isEqualTo(7);
    }

    @Test
    void rejectedRequestsRecordNothing() throws Exception {
        String customer = registerCustomer();
        assertThat(post("/api/customers/" + customer + "/tier", "{\"tier\":\"GOLD\",\"reason\":\"x\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/customers/" + customer + "/purchases", "{\"amount\":-5,\"currency\":\"EUR\"}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/customers/" + customer + "/purchases", "{\"amount\":\"ten\",\"currency\":\"EUR\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post("/api/customers/" + customer + "/win-back", "{}").statusCode()).isEqualTo(409);
        assertThat(post("/api/customers/" + customer + "/tier",
                "{\"tier\":\"PREMIUM\",\"reason\":\"same\"}").statusCode()).isEqualTo(409);
        assertThat(eventCount(customer)).isEqualTo(1);
    }

    @Test
    void aRetriedCreateWithTheSameIdRecordsOnce() throws Exception {
        String customer = registerCustomer();
        HttpResponse<String> again = post("/api/customers", """
                {"id":"%s","name":"Grace Hopper","email":"grace@example.com","tier":"PREMIUM"}""".formatted(customer));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(eventCount(customer)).isEqualTo(1);
    }

    @Test
    void unknownAggregatesAreNotFoundAndUnknownCustomersUnprocessable() throws Exception {
        HttpResponse<String> missing = post("/api/contacts/nope-" + UUID.randomUUID() + "/answer", "{\"agentId\":\"a\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<String> orphan = post("/api/contacts",
                "{\"customerId\":\"ghost\",\"channel\":\"CHAT\",\"type\":\"INQUIRY\",\"subject\":\"hi\"}");
        assertThat(orphan.statusCode()).isEqualTo(422);
        assertThat(json.readTree(orphan.body()).get("rule").asText()).isEqualTo("customer-not-registered");
    }

    @Test
    void concurrentCommandsOnOneAggregateAreAllRecordedWithContiguousSequenceNumbers() throws Exception {
        String customer = registerCustomer();
        int clients = 8;
        int perClient = 15;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Callable<List<Integer>> client = () -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    statuses.add(post("/api/customers/" + customer + "/purchases",
                            "{\"amount\":10,\"currency\":\"EUR\",\"occurredAt\":\"2026-02-01T10:00:00Z\"}").statusCode());
                }
                return statuses;
            };
            results.add(pool.submit(client));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> f : results) {
            statuses.addAll(f.get());
        }
        pool.shutdown();

        assertThat(statuses).hasSize(clients * perClient).allSatisfy(s -> assertThat(s).isIn(204, 409));
        long acknowledged = statuses.stream().filter(s -> s == 204).count();
        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, customer);
        assertThat(sequence).hasSize((int) acknowledged + 1);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, customer)).isPositive();
    }
}
