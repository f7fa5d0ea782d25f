package io.servicebalance.benchmarks.flood;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A planner's HTTP calls on {@code /api/simulations}, timed. */
final class PlannerClient {

    static final String PLANNER = "Basic " + Base64.getEncoder().encodeToString("planner:planner".getBytes(
            StandardCharsets.UTF_8));

    /** One answer to a submission. */
    record Answer(int status, double seconds, String location, String retryAfter, String body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    PlannerClient(String base) {
        this.base = base;
    }

    /** Sends {@code copies} submissions of the scenario at once and waits for every answer. */
    List<Answer> submitAtOnce(String scenario, int copies) {
        List<CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            long started = System.nanoTime();
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/simulations"))
                            .header("Authorization", PLANNER).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(scenario)).build(),
                    HttpResponse.BodyHandlers.ofString()).thenApply(r -> new Answer(r.statusCode(),
                    (System.nanoTime() - started) / 1e9, r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), r.body())));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    void cancel(String location) {
        send(HttpRequest.newBuilder(URI.create(base + location)).header("Authorization", PLANNER).DELETE().build());
    }

    List<String> statuses(List<String> locations) {
        return locations.stream().map(l -> {
            try {
                var run = json.readTree(send(HttpRequest.newBuilder(URI.create(base + l))
                        .header("Authorization", PLANNER).build()));
                return run.path("status").asText() + " " + run.path("stepsDone").asLong() + "/"
                        + run.path("stepsTotal").asLong();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Polls until the run's status matches the regular expression {@code status}. */
    void awaitStatus(String location, String status, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!statuses(List.of(location)).get(0).split(" ")[0].matches(status)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(location + " did not reach " + status + " within " + atMost);
            }
            Thread.sleep(100);
        }
    }

    private String send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
