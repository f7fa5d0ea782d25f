package io.servicebalance.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Finds the port of an embedded PostgreSQL run by another process, from its {@code postmaster.pid}. */
final class SharedServer {

    private SharedServer() {
    }

    /** Waits (the other process may still be starting it) until the server's port is known. */
    static int awaitPort(Path clusterDir, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Path pidFile = clusterDir.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            try {
                if (Files.isRegularFile(pidFile)) {
                    List<String> lines = Files.readAllLines(pidFile);
                    if (lines.size() > 3 && lines.get(3).strip().matches("\\d+")) {
                        return Integer.parseInt(lines.get(3).strip());
                    }
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the embedded database in " + clusterDir + " is locked by another"
                + " ServiceBalance process but its PostgreSQL did not come up within " + wait.toSeconds() + " s");
    }
}
