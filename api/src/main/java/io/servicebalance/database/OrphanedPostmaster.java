package io.servicebalance.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL server still running on a data directory after its owning process died without stopping it,
 * and asks it to shut down (fast mode: SIGINT), so the directory can be opened again. PostgreSQL's own write-ahead
 * log makes every committed transaction survive this.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path clusterDir) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(clusterDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down", process.pid(), clusterDir);
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(process.pid()))).inheritIO().start().waitFor();
            process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier PostgreSQL server", e);
        } catch (Exception e) {
            throw new IOException("The earlier PostgreSQL server (pid " + process.pid() + ") on " + clusterDir
                    + " did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s", e);
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
