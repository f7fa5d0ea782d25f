package io.servicebalance.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Production access: bearer JWTs whose "roles" claim carries the roles; demo users switched off. A token must name
 * its subject and carry an expiry (issue 9 #4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:access/jwt-public.pem",
    "servicebalance.security.demo-users.enabled=false"})
class JwtAccessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String token(String subject, List<String> roles) throws Exception {
        return Tokens.bearer(subject, roles).substring("Bearer ".length());
    }

    private int get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void rolesComeFromTheTokensRolesClaim() throws Exception {
        String manager = "Bearer " + token("manager1", List.of("ACCOUNT_MANAGER"));
        String planner = "Bearer " + token("planner-7", List.of("PLANNER"));
        assertThat(get("/api/customers", manager)).isEqualTo(200);
        assertThat(get("/api/customers", planner)).isEqualTo(403);
        assertThat(get("/api/simulations/" + UUID.randomUUID(), planner)).isEqualTo(404);
        assertThat(get("/api/simulations/" + UUID.randomUUID(), manager)).isEqualTo(403);
    }

    @Test
    void theBrowserPagesSayHowToSignInInsteadOfShowingAFormNoPasswordPasses() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Browser sign-in is not set up on this server", "bearer tokens (JWT)")
                .doesNotContain("id=\"password\"");
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ui/admin"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void demoUsersAndForgedTokensAreRefused() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/api/customers", basic)).isEqualTo(401);
        assertThat(get("/api/customers", "Bearer not.a.token")).isEqualTo(401);
        assertThat(get("/api/customers", null)).isEqualTo(401);
        assertThat(get("/actuator/health", null)).isEqualTo(200);
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
            HttpResponse<String> answer = getResponse(path, noSubject);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("Sub Less");
        }
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        String noExpiry = Tokens.bearer("manager1", List.of("ACCOUNT_MANAGER"), null);
        assertThat(getResponse("/api/customers", noExpiry).statusCode()).isEqualTo(401);
        assertThat(getResponse("/api/customers", Tokens.bearer("manager1", List.of("ACCOUNT_MANAGER"),
                Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> getResponse(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }
}
