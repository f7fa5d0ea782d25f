package io.servicebalance.benchmarks.server;

import io.servicebalance.launcher.Launcher;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The application's {@code serve} command in a JVM of its own (this JVM's class path, which holds the application's),
 * on a fixed port, with its output appended to a log file: a server that can be started, killed with SIGKILL and
 * started again on the same port as a user would. {@link #kill()} kills the java process itself, no wrapper.
 */
public final class ServerProcess implements AutoCloseable {

    private final int port;
    private final Path log;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private ServerProcess(int port, Path log, Map<String, String> environment) {
        this.port = port;
        this.log = log;
        this.environment = environment;
    }

    /** A server on its own embedded PostgreSQL in {@code dataDir} (files that survive a kill and a restart). */
    public static ServerProcess onDataDir(Path dataDir, int port, Path log) {
        Map<String, String> environment = new TreeMap<>();
        environment.put("SERVICEBALANCE_DATA_DIR", dataDir.toString());
        environment.put("SPRING_DATASOURCE_URL", null);
        return new ServerProcess(port, log, environment);
    }

    /**
     * A node on an external PostgreSQL that other nodes share, with the demo users on and any further settings given
     * as environment variables (such as {@code SERVICEBALANCE_WORK_LEASE}).
     */
    public static ServerProcess onDatabase(String jdbcUrl, String user, String password, int port, Path log,
                                           Map<String, String> settings) {
        Map<String, String> environment = new TreeMap<>(settings);
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        environment.put("SPRING_DATASOURCE_USERNAME", user);
        environment.put("SPRING_DATASOURCE_PASSWORD", password == null ? "" : password);
        environment.put("SERVICEBALANCE_SECURITY_DEMO_USERS_ENABLED", "true");
        return new ServerProcess(port, log, environment);
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** The process id of the server's JVM (its node id in {@code work_claim} contains it). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** CPU time (user + system) the process has used so far, in seconds. */
    public double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Starts the server (again, after a kill or stop) and returns once its health endpoint answers. */
    public void start(Duration limit) throws IOException, InterruptedException {
        launch();
        awaitHealthy(limit);
    }

    /** Starts the server and returns at once; {@link #awaitHealthy} waits for it. */
    public void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "serve", "--port", Integer.toString(port));
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
    }

    /** Waits until the health endpoint answers 200; fails with the log's tail when the server stops or is late. */
    public void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server on port " + port + " stopped while starting (exit "
                        + process.exitValue() + "); the end of " + log + ":\n" + tail());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server on port " + port + " did not answer within " + limit.toSeconds()
                + " s; the end of " + log + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook runs (an embedded PostgreSQL is left running on its own); returns the exit code. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** A graceful stop (SIGTERM), forced after 30 s; an embedded PostgreSQL stops with the server. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Whether the health endpoint answers 200 now. */
    public boolean healthy() {
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

    private String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
