package io.servicebalance.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Demo users and JWTs at once: both are accepted (issue 9 #4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:access/jwt-public.pem",
    "servicebalance.security.demo-users.enabled=true"})
class JwtBesideDemoUsersIntegrationTests {

    @LocalServerPort
    int port;

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
}
