package io.servicebalance.benchmarks.imports;

import io.servicebalance.benchmarks.CpuClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds up the CPU time of the embedded PostgreSQL servers started under a directory while they run: every 100 ms it
 * reads the running server's total (from its {@code postmaster.pid} and {@code /proc}); a server's last reading is
 * kept when it stops, so a figure is at most 100 ms short per server run.
 */
final class ServerCpuSampler implements AutoCloseable {

    private final Path dir;
    private final Thread thread;
    private volatile double finished;
    private volatile double current;
    private long postmaster = -1;

    ServerCpuSampler(Path dir) {
        this.dir = dir;
        this.thread = new Thread(this::sample, "postgres-cpu");
        thread.setDaemon(true);
        thread.start();
    }

    /** CPU seconds of the servers so far. */
    double seconds() {
        return finished + current;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long pid = postmaster();
            double now = CpuClock.server(pid);
            if (pid != postmaster || now == 0) {
                finished += current;
                current = 0;
                postmaster = now == 0 ? -1 : pid;
            }
            if (now > 0) {
                current = now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long postmaster() {
        try (Stream<Path> files = Files.walk(dir, 4)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).toList()) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty() && lines.get(0).strip().matches("\\d+")) {
                    return Long.parseLong(lines.get(0).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
