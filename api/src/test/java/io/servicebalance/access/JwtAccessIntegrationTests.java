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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Production access: bearer JWTs whose "roles" claim carries the roles; demo users switched off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:access/jwt-public.pem",
    "servicebalance.security.demo-users.enabled=false"})
class JwtAccessIntegrationTests {

    @LocalServerPort
    int port;

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
    void demoUsersAndForgedTokensAreRefused() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/api/customers", basic)).isEqualTo(401);
        assertThat(get("/api/customers", "Bearer not.a.token")).isEqualTo(401);
        assertThat(get("/api/customers", null)).isEqualTo(401);
        assertThat(get("/actuator/health", null)).isEqualTo(200);
    }
}
