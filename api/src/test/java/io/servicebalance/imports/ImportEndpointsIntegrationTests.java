package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/imports over real HTTP: 202 and progress polled to the summary, 400 naming file, line and field, ADMIN only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportEndpointsIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "servicebalance-test-boundary";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> post(String user, Map<String, String> parts) throws Exception {
        StringBuilder body = new StringBuilder();
        parts.forEach((name, content) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("admin")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> examples(String prefix) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String name : new String[] {"customers", "contacts", "purchases"}) {
            parts.put(name, ImportFiles.example(name + ".csv", prefix));
        }
        return parts;
    }

    @Test
    void anAdministratorsImportIsAcceptedAndPolledToItsSummary() throws Exception {
        String p = ImportFiles.prefix();
        HttpResponse<String> accepted = post("admin", examples(p));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(JSON.readTree(accepted.body()).get("id").asText()).isNotBlank();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get(location).get("status").asText()).isEqualTo("SUCCEEDED"));
        JsonNode done = get(location);
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.at("/summary/eventsAppended").asLong()).isEqualTo(28).isEqualTo(ImportFiles.events(jdbc, p));
        assertThat(done.at("/summary/rows").asLong()).isEqualTo(14);
    }

    @Test
    void badFilesAnswer400NamingFileLineAndFieldAndWriteNothing() throws Exception {
        String p = ImportFiles.prefix();
        Map<String, String> parts = examples(p);
        parts.put("contacts", parts.get("contacts").replace(",240,5", ",240,7"));
        HttpResponse<String> refused = post("admin", parts);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo("contacts.csv");
        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("rating");
        assertThat(error.get("message").asText()).isEqualTo("must be between 1 and 5");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        String p = ImportFiles.prefix();
        assertThat(post("agent", examples(p)).statusCode()).isEqualTo(403);
        assertThat(post("planner", examples(p)).statusCode()).isEqualTo(403);
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void aMissingPartIsNamed() throws Exception {
        Map<String, String> parts = examples(ImportFiles.prefix());
        parts.remove("contacts");
        HttpResponse<String> refused = post("admin", parts);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("contacts");
    }
}
