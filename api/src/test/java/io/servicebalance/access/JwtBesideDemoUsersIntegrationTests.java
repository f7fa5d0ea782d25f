package io.servicebalance.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Demo users and JWTs at once: both are accepted, and a token must name its subject and carry an expiry (issue 9 #4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:access/jwt-public.pem",
    "servicebalance.security.demo-users.enabled=true"})
class JwtBesideDemoUsersIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicForDemoUsersAndBearerTokensAreBothAccepted() throws Exception {
        assertThat(get("/api/customers", basic("manager1")).statusCode()).isEqualTo(200);
        assertThat(get("/api/customers", Tokens.bearer("manager1", List.of("ACCOUNT_MANAGER"))).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/customers", Tokens.bearer("planner-7", List.of("PLANNER"))).statusCode()).isEqualTo(403);
        assertThat(get("/api/customers", "Bearer not.a.token").statusCode()).isEqualTo(401);
        assertThat(get("/api/customers", basic("nobody")).statusCode()).isEqualTo(401);
    }

    @Test
    void aManagerTokenWithoutSubjectSeesNoCustomer() throws Exception {
        String id = "nosub-" + UUID.randomUUID();
        gateway.sendAndWait(new RegisterCustomer(new CustomerId(id), "Sub Less", "sub@example.com", null,
                ServiceTier.BASIC, Instant.parse("2026-01-01T00:00:00Z")));
        gateway.sendAndWait(new AssignAccountManager(new CustomerId(id), "manager1",
                Instant.parse("2026-01-01T00:01:00Z")));
        String noSubject = Tokens.bearer(null, List.of("ACCOUNT_MANAGER"));
        for (String path : List.of("/api/customers", "/api/customers?q=Sub", "/api/customers/" + id,
                "/api/customers/" + id + "/timeline")) {
            HttpResponse<String> answer = get(path, noSubject);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("Sub Less");
        }
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        assertThat(get("/api/customers", Tokens.bearer("manager1", List.of("ACCOUNT_MANAGER"), null)).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/customers", Tokens.bearer("manager1", List.of("ACCOUNT_MANAGER"),
                Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(401);
    }
}
