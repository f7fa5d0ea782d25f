package io.servicebalance.benchmarks.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends, from one seed, {@code perEndpoint} requests to every write endpoint of a running server, one at a time, and
 * reads the event store's high-water mark around each so that a refused request that wrote is caught. Record ids in
 * paths are real customers and contacts, ids of the other kind, unknown ids and hostile ones.
 */
public final class WriteFuzzer {

    static final List<String> HOSTILE_IDS = List.of("%00", "a%00b", "a%0Ab", "%F0%9F%98%80", "x".repeat(300),
            "..%2F..%2Fadmin", "%C3%28", "%20", "a%1Bb", "nope");
    private static final Pattern CREATED_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final String authorization;
    private final LongSupplier storedEvents;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> customers = new ArrayList<>();
    private final List<String> contacts = new ArrayList<>();

    /**
     * @param authorization the Authorization header of a user allowed to write (an AGENT)
     * @param storedEvents  the event store's high-water mark (for example the largest global index)
     */
    public WriteFuzzer(String base, String authorization, LongSupplier storedEvents, long seed) {
        this.base = base;
        this.authorization = authorization;
        this.storedEvents = storedEvents;
        this.random = new Random(seed);
    }

    public FuzzReport run(int perEndpoint) throws InterruptedException {
        FuzzReport report = new FuzzReport();
        for (int i = 0; i < 4; i++) {
            customers.add(created("/api/customers", "{\"name\":\"Fuzz Target\",\"email\":\"t@example.com\","
                    + "\"tier\":\"STANDARD\"}"));
        }
        for (int i = 0; i < 4; i++) {
            contacts.add(created("/api/contacts", "{\"customerId\":\"" + customers.get(i) + "\",\"channel\":\"PHONE\","
                    + "\"type\":\"" + (i % 2 == 0 ? "COMPLAINT" : "INQUIRY") + "\",\"subject\":\"fuzz\"}"));
        }
        for (WriteEndpoints.Endpoint endpoint : WriteEndpoints.all(customers)) {
            for (int i = 0; i < perEndpoint; i++) {
                String path = endpoint.path().replace("{customer}", id(customers, contacts))
                        .replace("{contact}", id(contacts, customers));
                send(path, Mutations.mutate(endpoint.body().apply(random), random), report);
            }
        }
        return report;
    }

    private void send(String path, String body, FuzzReport report) throws InterruptedException {
        long before = storedEvents.getAsLong();
        int status;
        String answer = "";
        try {
            HttpResponse<String> response = http.send(request(path, body), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
        } catch (IOException | IllegalArgumentException e) {
            status = 0;
        }
        report.record("POST " + path + " " + body, status, storedEvents.getAsLong() != before);
        if (status == 201 && path.equals("/api/contacts")) {
            Matcher id = CREATED_ID.matcher(answer);
            if (id.find()) {
                contacts.add(id.group(1));
            }
        }
    }

    private String created(String path, String body) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request(path, body), HttpResponse.BodyHandlers.ofString());
            Matcher id = CREATED_ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return id.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer " + path, e);
        }
    }

    private HttpRequest request(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Mostly a record of the right kind; sometimes one of the other kind, an unknown or a hostile id. */
    private String id(List<String> right, List<String> other) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return right.get(random.nextInt(right.size()));
        }
        if (roll < 8) {
            return other.get(random.nextInt(other.size()));
        }
        return HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
    }
}
