package io.servicebalance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Input the store or the read side cannot hold is refused at the edge with 400 naming the field, and requests that
 * name the wrong kind of record are refused with the documented 4xx: nothing is written either way (issue 9 #1, #5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeChecksIntegrationTests {

    static final String AGENT = "Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes());

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private String customer() throws Exception {
        String id = "edge-" + UUID.randomUUID();
        assertThat(post("/api/customers", """
                {"id":"%s","name":"Edge Case","email":"edge@example.com","tier":"BASIC",
                 "occurredAt":"2026-01-10T08:00:00Z"}""".formatted(id)).statusCode()).isEqualTo(201);
        return id;
    }

    private String contact(String customer) throws Exception {
        HttpResponse<String> created = post("/api/contacts", """
                {"customerId":"%s","channel":"CHAT","type":"INQUIRY","subject":"hi",
                 "occurredAt":"2026-01-10T09:00:00Z"}""".formatted(customer));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    /** Sends the request and checks it was refused with {@code status}, naming {@code field}, and wrote nothing. */
    private JsonNode refused(int status, String field, String path, String body) throws Exception {
        long before = events();
        HttpResponse<String> answer = post(path, body);
        assertThat(answer.statusCode()).as(path + " " + body).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        if (field != null) {
            assertThat(problem.path("field").asText()).as(answer.body()).isEqualTo(field);
        }
        assertThat(events()).as("events written by a refused request").isEqualTo(before);
        return problem;
    }

    @Test
    void controlCharactersInAnyTextFieldAreRefusedNamingTheField() throws Exception {
        String customer = customer();
        String contact = contact(customer);
        refused(400, "name", "/api/customers", "{\"name\":\"Ada\\u0000\",\"email\":\"a@example.com\",\"tier\":\"BASIC\"}");
        refused(400, "email", "/api/customers/" + customer + "/contact-details",
                "{\"name\":\"Ada\",\"email\":\"a\\u0000@example.com\"}");
        refused(400, "subject", "/api/contacts", "{\"customerId\":\"" + customer
                + "\",\"channel\":\"CHAT\",\"type\":\"INQUIRY\",\"subject\":\"x\\u0007y\"}");
        refused(400, "customerId", "/api/contacts", "{\"customerId\":\"c\\u0000\",\"channel\":\"CHAT\","
                + "\"type\":\"INQUIRY\",\"subject\":\"x\"}");
        refused(400, "agentId", "/api/contacts/" + contact + "/answer", "{\"agentId\":\"a\\u0000\"}");
        refused(400, "reason", "/api/customers/" + customer + "/churn", "{\"reason\":\"\\ud800 broken\"}");
        JsonNode named = refused(400, "description", "/api/customers/" + customer + "/purchases",
                "{\"amount\":1,\"currency\":\"EUR\",\"description\":\"\\u001b[31m\"}");
        assertThat(named.path("errors").get(0).path("message").asText()).contains("control characters");
        assertThat(post("/api/customers/" + customer + "/churn", "{\"reason\":\"line one\\nline two\\ttab\"}")
                .statusCode()).isEqualTo(204);
    }

    @Test
    void businessTimesOutsideTheDocumentedRangeAreRefusedAndDoNotBlockLaterCommands() throws Exception {
        String customer = customer();
        String purchase = "/api/customers/" + customer + "/purchases";
        for (String at : List.of("\"+300000-01-01T00:00:00Z\"", "\"-5000-01-01T00:00:00Z\"", "1e20", "-1e20",
                "\"9999-12-31T23:59:59Z\"", "\"1899-12-31T23:59:59Z\"")) {
            refused(400, "occurredAt", purchase, "{\"amount\":1,\"currency\":\"EUR\",\"occurredAt\":" + at + "}");
        }
        refused(400, "occurredAt", "/api/customers", "{\"name\":\"A\",\"email\":\"a@example.com\",\"tier\":\"BASIC\","
                + "\"occurredAt\":\"+300000-01-01T00:00:00Z\"}");
        refused(400, "amount", purchase, "{\"amount\":1e20,\"currency\":\"EUR\"}");
        refused(400, "amount", purchase, "{\"amount\":1e-400,\"currency\":\"EUR\"}");
        assertThat(post(purchase, "{\"amount\":1,\"currency\":\"EUR\"}").statusCode()).isEqualTo(204);
        assertThat(post(purchase, "{\"amount\":2,\"currency\":\"EUR\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void commandsOnTheWrongKindOfRecordAreRefusedAsDocumented() throws Exception {
        String customer = customer();
        String contact = contact(customer);
        refused(404, null, "/api/customers/" + contact + "/purchases", "{\"amount\":1,\"currency\":\"EUR\"}");
        refused(404, null, "/api/contacts/" + customer + "/answer", "{\"agentId\":\"agent-1\"}");
        JsonNode taken = refused(409, null, "/api/customers", "{\"id\":\"" + contact
                + "\",\"name\":\"A\",\"email\":\"a@example.com\",\"tier\":\"BASIC\"}");
        assertThat(taken.path("rule").asText()).isEqualTo("id-taken");
        JsonNode notACustomer = refused(422, null, "/api/contacts", "{\"customerId\":\"" + contact
                + "\",\"channel\":\"CHAT\",\"type\":\"INQUIRY\",\"subject\":\"x\"}");
        assertThat(notACustomer.path("rule").asText()).isEqualTo("customer-not-registered");
        refused(409, null, "/api/contacts", "{\"id\":\"" + customer + "\",\"customerId\":\"" + customer
                + "\",\"channel\":\"CHAT\",\"type\":\"INQUIRY\",\"subject\":\"x\"}");
        refused(400, "body", "/api/customers/" + customer + "/purchases",
                "{\"amount\":1,\"currency\":\"EUR\",\"amount\":2}");
    }

    @Test
    void concurrentCommandsWithoutATimeNeverRunBackwards() throws Exception {
        String customer = customer();
        int clients = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return post("/api/customers/" + customer + "/purchases", "{\"amount\":1,\"currency\":\"EUR\"}")
                            .statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        start.countDown();
        assertThat(answers.stream().map(CompletableFuture::join).toList()).containsOnly(204);
        pool.shutdown();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, customer)).isEqualTo(clients + 1);
    }
}
