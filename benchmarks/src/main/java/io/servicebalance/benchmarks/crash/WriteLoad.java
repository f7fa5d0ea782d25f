package io.servicebalance.benchmarks.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes over HTTP from several threads, each on customers of its own: registers a customer, then records purchases
 * on it, each command tagged so that its event can be found again. Every command the server acknowledged (2xx) is
 * remembered with the kill cycle it was sent in; a command without an answer (the server died) is not, since it may or
 * may not have been stored. Runs until stopped, whether the server is up or not.
 */
final class WriteLoad implements AutoCloseable {

    /** A command the server acknowledged: the customer it created or the tag of the purchase it recorded. */
    record Acknowledged(int cycle, String kind, String key) {
    }

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "agent:agent".getBytes(StandardCharsets.US_ASCII));

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile int cycle;
    private volatile boolean running = true;

    WriteLoad(String base, int clients) {
        this.base = base;
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> write(client), "crash-load-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void cycle(int next) {
        cycle = next;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Commands sent without an answer (connection refused or cut while the server was down). */
    int unanswered() {
        return unanswered.get();
    }

    /** Commands answered with an error status (none expected: every command is valid). */
    int refused() {
        return refused.get();
    }

    private void write(int client) {
        int customers = 0;
        long purchases = 0;
        String customer = null;
        while (running) {
            int sentIn = cycle;
            if (customer == null || purchases % 50 == 49) {
                String id = "crash-t" + client + "-c" + customers++;
                if (send("/api/customers", "{\"id\":\"" + id + "\",\"name\":\"Crash " + id + "\",\"email\":\"" + id
                        + "@example.com\",\"tier\":\"STANDARD\"}")) {
                    acknowledged.add(new Acknowledged(sentIn, "customer", id));
                    customer = id;
                    purchases = 0;
                } else {
                    customer = null;
                    pause();
                    continue;
                }
            }
            // The amount tags the purchase (index + 1 within its customer): descriptions are personal data, stored
            // encrypted (docs/privacy.md), so the store cannot be searched for them.
            long index = purchases++;
            String tag = customer + "-p" + index;
            if (send("/api/customers/" + customer + "/purchases", "{\"amount\":" + (index + 1)
                    + ".50,\"currency\":\"EUR\",\"description\":\"" + tag + "\"}")) {
                acknowledged.add(new Acknowledged(sentIn, "purchase", tag));
            } else {
                pause();
            }
        }
    }

    private boolean send(String path, String json) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", AUTH).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                return true;
            }
            refused.incrementAndGet();
        } catch (IOException e) {
            unanswered.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}
