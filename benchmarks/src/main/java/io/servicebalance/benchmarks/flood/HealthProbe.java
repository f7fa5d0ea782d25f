package io.servicebalance.benchmarks.flood;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks {@code GET /actuator/health} every {@code period} (a 5 s timeout each) and samples the heap used by this JVM
 * (the server runs in it), until closed.
 */
final class HealthProbe implements AutoCloseable {

    /** What the probe saw. */
    record Summary(int probes, int failures, double p50Millis, double p99Millis, double maxMillis, long heapPeakMiB,
                   long heapMaxMiB) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "health-probe");
        t.setDaemon(true);
        return t;
    });
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    private final URI health;
    private final String auth;
    private volatile int failures;
    private volatile long heapPeak;

    HealthProbe(String base, String auth, Duration period) {
        this.health = URI.create(base + "/actuator/health");
        this.auth = auth;
        timer.scheduleAtFixedRate(this::probe, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::sampleHeap, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() >= 500) {
                failures++;
            }
        } catch (java.io.IOException e) {
            failures++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        millis.add((System.nanoTime() - started) / 1e6);
    }

    private void sampleHeap() {
        heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
    }

    /** What the probe saw since the last call (or since it started), and starts counting afresh. */
    synchronized Summary phase() {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
            millis.clear();
        }
        Collections.sort(sorted);
        Summary s = new Summary(sorted.size(), failures, at(sorted, 0.5), at(sorted, 0.99), at(sorted, 1.0),
                heapPeak >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        failures = 0;
        heapPeak = 0;
        return s;
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1,
                Math.ceil(quantile * sorted.size()) - 1 < 0 ? 0 : Math.ceil(quantile * sorted.size()) - 1));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
