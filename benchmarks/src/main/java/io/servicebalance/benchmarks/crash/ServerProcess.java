package io.servicebalance.benchmarks.crash;

import io.servicebalance.launcher.Launcher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The application's {@code serve} command as its own JVM on a data directory of its own (embedded PostgreSQL), on the
 * same port each time it is started, so that it can be killed with SIGKILL and started again like a user would.
 */
final class ServerProcess {

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    ServerProcess(Path dataDir, int port, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.log = log;
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Starts the server and returns once its health endpoint answers. */
    void start(Duration limit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "serve", "--port", Integer.toString(port));
        builder.environment().put("SERVICEBALANCE_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting (exit " + process.exitValue()
                        + "); its output is in " + log);
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer within " + limit.toSeconds() + " s; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running on its own. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM), which also stops the embedded PostgreSQL. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** The port and password of the embedded PostgreSQL the server runs, for checking what it stored. */
    String jdbcUrl() throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    }

    String password() throws IOException {
        return Files.readString(dataDir.resolve("postgres.password")).strip();
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
