package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The timeline over real HTTP and a real PostgreSQL: paging while recording, replays, rebuilds, bad parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineIntegrationTests {

    static final Instant T = Instant.parse("2026-05-04T08:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private ReadApi api;

    @BeforeEach
    void client() {
        api = new ReadApi(port);
    }

    private String customer(String manager) {
        String id = "tl-" + UUID.randomUUID();
        gateway.sendAndWait(new RegisterCustomer(new CustomerId(id), "Tim Line", "tim@example.com", null,
                ServiceTier.STANDARD, T));
        gateway.sendAndWait(new AssignAccountManager(new CustomerId(id), manager, T.plusSeconds(1)));
        return id;
    }

    private int stored(String customerId) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE customer_id = ? AND generation ="
                + " (SELECT active FROM read_model_generation)", Integer.class, customerId);
    }

    private void purchase(String id, Instant at) {
        gateway.sendAndWait(new RecordPurchase(new CustomerId(id), BigDecimal.TEN, "EUR", null, at));
    }

    @Test
    void pagingThroughFiveThousandEntriesWhileRecordingSeesEachOnceInOrder() throws Exception {
        String id = customer("manager1");
        for (int i = 0; i < 4_998; i++) {
            purchase(id, T.plusSeconds(10 + i));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> stored(id) == 5_000);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 300; i++) {
                purchase(id, T.plusSeconds(100_000 + i));
            }
        });
        List<Instant> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.json("manager1", "/api/customers/" + id + "/timeline?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.path("entries").forEach(e -> seen.add(Instant.parse(e.path("occurredAt").asText())));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        writer.join();
        List<Instant> original = seen.stream().filter(t -> t.isBefore(T.plusSeconds(100_000))).toList();
        assertThat(original).hasSize(5_000);
        assertThat(new HashSet<>(original)).hasSize(5_000);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).isBefore(seen.get(i - 1));
        }
    }

    @Test
    void replayingTheWholeStreamChangesNothing() {
        String id = customer("manager1");
        purchase(id, T.plusSeconds(5));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) == 3);
        StreamingEventProcessor processor = processing.eventProcessor("customer-timeline",
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> !processor.isReplaying()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()));
        assertThat(stored(id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_directory WHERE customer_id = ?", Integer.class,
                id)).isEqualTo(1);
    }

    @Test
    void aRebuildFillsANewGenerationAndSwitchesWithTheSameEntries() throws Exception {
        String id = customer("manager2");
        purchase(id, T.plusSeconds(7));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) == 3);
        JsonNode before = api.json("manager2", "/api/customers/" + id + "/timeline");
        int generation = jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class);
        assertThat(api.post("admin", "/api/admin/read-models/customer-timeline/rebuild", "").statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).until(() -> api.json("admin",
                "/api/admin/read-models/customer-timeline").path("state").asText().equals("DONE"));
        assertThat(jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class))
                .isEqualTo(generation + 1);
        JsonNode after = api.json("manager2", "/api/customers/" + id + "/timeline");
        assertThat(after.path("entries").findValuesAsText("summary"))
                .isEqualTo(before.path("entries").findValuesAsText("summary"));
        assertThat(api.json("admin", "/api/admin/read-models/customer-timeline").path("processed").asLong())
                .isPositive();
    }

    @Autowired
    TimelineRebuild rebuild;
    @Autowired
    io.servicebalance.work.WorkClaims claims;

    @Test
    void aRebuildWhoseNodeDiedIsDroppedAndRunAgainByAnotherNode() {
        int active = jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class);
        io.servicebalance.work.WorkClaims dead = io.servicebalance.work.Nodes.claims(jdbc, "node-dead-"
                + UUID.randomUUID(), Duration.ofMillis(300));
        jdbc.update("UPDATE read_model_generation SET building = ?", active + 1);
        dead.claimNew(TimelineRebuild.KIND, Generations.NAME + "/" + UUID.randomUUID());
        jdbc.update("INSERT INTO timeline_entry (generation, event_id, customer_id, occurred_at, recorded_at, type,"
                + " summary) VALUES (?, 'half-built', 'nobody', now(), now(), 'ContactClosed', 'x')", active + 1);

        await().atMost(Duration.ofSeconds(120)).until(() -> {
            claims.recoverAbandoned();
            TimelineRebuild.Status now = rebuild.status();
            return now.state().equals("DONE") && now.generation() == active + 1 && !dead.node().equals(now.node());
        });
        assertThat(jdbc.queryForObject("SELECT active FROM read_model_generation", Integer.class))
                .isEqualTo(active + 1);
        assertThat(jdbc.queryForObject("SELECT building FROM read_model_generation", Integer.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE event_id = 'half-built'",
                Integer.class)).isZero();
        assertThat(dead.owns(TimelineRebuild.KIND, Generations.NAME)).isFalse();
    }

    @Test
    void badParametersAreNamed() throws Exception {
        String id = customer("manager1");
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) == 2);
        Set<String> fields = new HashSet<>();
        for (String query : new String[] {"limit=500", "asOf=yesterday", "types=Teleported", "cursor=nonsense",
            "channels=FAX", "from=2026-05-05T00:00:00Z&to=2026-05-01T00:00:00Z"}) {
            var answer = api.get("manager1", "/api/customers/" + id + "/timeline?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            fields.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).path("field")
                    .asText());
        }
        assertThat(fields).containsExactlyInAnyOrder("limit", "asOf", "types", "cursor", "channels", "to");
        purchase(id, T.plusSeconds(3));
        purchase(id, T.plusSeconds(4));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) == 4);
        String cursor = api.json("manager1", "/api/customers/" + id + "/timeline?limit=1").path("nextCursor").asText();
        var otherFilters = api.get("manager1", "/api/customers/" + id + "/timeline?limit=1&types=PurchaseRecorded"
                + "&cursor=" + cursor);
        assertThat(otherFilters.statusCode()).isEqualTo(400);
        assertThat(otherFilters.body()).contains("other filters");
        assertThat(api.get("manager1", "/api/customers/" + id + "/timeline?limit=1&cursor=" + cursor).statusCode())
                .isEqualTo(200);
        assertThat(api.get("admin", "/api/customers/nobody-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void newEntriesArriveOnTheCustomersEventStream() throws Exception {
        String id = customer("manager1");
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) == 2);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + port + "/api/customers/" + id + "/timeline/stream")).header("Authorization", ReadApi.basic(
                "manager1")).header("Accept", "text/event-stream").build();
        var response = java.net.http.HttpClient.newHttpClient().sendAsync(request,
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(lines::add));
        await().atMost(Duration.ofSeconds(10)).until(response::isDone);
        assertThat(response.get().statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            purchase(id, T.plusSeconds(99));
            return lines.stream().anyMatch(l -> l.contains("Purchase of 10 EUR"));
        });
        assertThat(lines).anyMatch(l -> l.startsWith("event:timeline-entry"));
    }
}
