package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may read and write what, over real HTTP with the demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class AccessIntegrationTests {

    static final Instant T = Instant.parse("2026-04-01T09:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;

    private ReadApi api;
    private String ofManager2;

    @BeforeEach
    void customerOfManager2() {
        api = new ReadApi(port);
        ofManager2 = "acc-" + UUID.randomUUID();
        CustomerId id = new CustomerId(ofManager2);
        gateway.sendAndWait(new RegisterCustomer(id, "Ada Access", "ada@example.com", null, ServiceTier.PREMIUM, T));
        gateway.sendAndWait(new AssignAccountManager(id, "manager2", T.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("admin", "/api/customers/" + ofManager2).statusCode() == 200
                        && "manager2".equals(api.json("admin", "/api/customers/" + ofManager2).path("kpis")
                        .path("accountManager").asText()));
    }

    @Test
    void onlyHealthAnswersWithoutCredentials() throws Exception {
        assertThat(api.get(null, "/actuator/health").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/api/customers", "/api/customers/" + ofManager2, "/api/simulations/x",
            "/v3/api-docs", "/actuator/prometheus", "/api/admin/read-models/customer-timeline"}) {
            HttpResponse<String> refused = api.get(null, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(api.post(null, "/api/customers", "{}").statusCode()).isEqualTo(401);
        assertThat(api.get("manager1", "/api/customers").statusCode()).isEqualTo(200);
    }

    @Test
    void aManagerReadsOnlyTheirOwnCustomers() throws Exception {
        assertThat(api.get("manager2", "/api/customers/" + ofManager2).statusCode()).isEqualTo(200);
        HttpResponse<String> other = api.get("manager1", "/api/customers/" + ofManager2);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("not assigned to you");
        assertThat(api.get("manager1", "/api/customers/" + ofManager2 + "/timeline").statusCode()).isEqualTo(403);
        assertThat(api.json("manager1", "/api/customers?q=Ada%20Access").path("customers")).isEmpty();
        assertThat(api.json("manager2", "/api/customers?q=Ada%20Access").path("customers")).hasSize(1);
    }

    @Test
    void rolesKeepToTheirOwnWork() throws Exception {
        assertThat(api.get("agent", "/api/customers/" + ofManager2).statusCode()).isEqualTo(403);
        assertThat(api.get("planner", "/api/customers/" + ofManager2).statusCode()).isEqualTo(403);
        assertThat(api.post("manager1", "/api/customers", "{}").statusCode()).isEqualTo(403);
        assertThat(api.post("planner", "/api/customers", "{}").statusCode()).isEqualTo(403);
        assertThat(api.get("agent", "/api/simulations/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(api.get("planner", "/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = api.get("admin", "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("servicebalance_processor_lag_events", "http_server_requests_seconds");
    }

    @Test
    void headFollowsGetsRulesSoExistenceCannotBeProbed() throws Exception {
        for (String user : new String[] {"agent", "planner"}) {
            assertThat(api.head(user, "/api/customers/" + ofManager2).statusCode()).as(user).isEqualTo(403);
            assertThat(api.head(user, "/api/customers/missing-" + UUID.randomUUID()).statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api.head(null, "/api/customers/" + ofManager2).statusCode()).isEqualTo(401);
        assertThat(api.head("manager2", "/api/customers/" + ofManager2).statusCode()).isEqualTo(200);
        assertThat(api.head(null, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void healthShowsDetailsOnlyToAdmins() throws Exception {
        HttpResponse<String> anonymous = api.get(null, "/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components", "diskSpace", "path");
        assertThat(api.get("manager1", "/actuator/health").body()).doesNotContain("components");
        assertThat(api.get("admin", "/actuator/health").body()).contains("components", "diskSpace", "db");
    }

    @Test
    void aLiveStreamClosesWhenTheCustomerIsReassignedAway() throws Exception {
        java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<Void> ended = api.stream("manager2",
                "/api/customers/" + ofManager2 + "/timeline/stream", received::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(l -> l.contains("subscribed")));
        CustomerId id = new CustomerId(ofManager2);
        gateway.sendAndWait(new io.servicebalance.customer.CustomerCommands.RecordPurchase(id,
                new java.math.BigDecimal("1.11"), "EUR", null, T.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(l -> l.contains("1.11 EUR")));
        gateway.sendAndWait(new AssignAccountManager(id, "manager1", T.plusSeconds(180)));
        await().atMost(Duration.ofSeconds(30)).until(ended::isDone);
        gateway.sendAndWait(new io.servicebalance.customer.CustomerCommands.RecordPurchase(id,
                new java.math.BigDecimal("9999.99"), "EUR", null, T.plusSeconds(240)));
        gateway.sendAndWait(new io.servicebalance.customer.CustomerCommands.ChangeContactDetails(id, "Ada Moved",
                "moved@example.com", null, T.plusSeconds(300)));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.json("admin", "/api/customers/" + ofManager2)
                .path("name").asText().equals("Ada Moved"));
        // The entries of the customer's time in manager2's book may arrive (the stream may open before the
        // projection has written them); nothing from the reassignment to manager1 on may.
        assertThat(received).noneMatch(l -> l.contains("9999.99") || l.contains("ContactDetailsChanged")
                || l.contains("manager1"));
    }
}
