package io.servicebalance.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory and JVM, started on first use and stopped when the JVM exits,
 * after every Spring context has closed: the servers stop from Spring Boot's own shutdown hook, once its contexts are
 * closed, not from a hook of their own that would run beside it (event processors and workers stopping would then
 * find the database gone and wait out their connection timeouts, storing nothing).
 * <p>
 * Several Spring contexts in one JVM (as in a test run) share the server of their data directory. A server left
 * running by a process that was killed (kill -9) is shut down cleanly before a new one starts on the same files.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final Map<Path, DataDirLock> LOCKS = new HashMap<>();
    private static final Duration SHARE_WAIT = Duration.ofSeconds(60);

    private EmbeddedPostgresServer() {
    }

    private static Path ephemeralDir;

    /** The server whose files live in {@code clusterDir} and survive restarts. */
    static synchronized EmbeddedPostgres forDirectory(Path clusterDir) {
        Path key = clusterDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, dir -> start(dir, false));
    }

    /** A throw-away server for this JVM, in a temporary directory deleted on exit. */
    static synchronized EmbeddedPostgres ephemeral() {
        if (ephemeralDir == null) {
            try {
                ephemeralDir = Files.createTempDirectory("servicebalance-pg-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RUNNING.computeIfAbsent(ephemeralDir, dir -> start(dir, true));
    }

    /**
     * The JDBC URL of the server for {@code clusterDir}: started by this process, or, when another ServiceBalance
     * process runs it (a server in one terminal, a plan in another), that process's server, shared while it runs.
     * Connections need the user {@value ClusterPassword#USER} and {@link #password}.
     */
    static synchronized String jdbcUrl(Path clusterDir) {
        Path key = clusterDir.toAbsolutePath().normalize();
        if (RUNNING.containsKey(key) || acquire(key)) {
            return forDirectory(key).getJdbcUrl("postgres", "postgres");
        }
        int port = SharedServer.awaitPort(key, SHARE_WAIT);
        log.info("The embedded PostgreSQL in {} is run by another ServiceBalance process; sharing it (port {})", key,
                port);
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** The generated password every connection to the server of {@code clusterDir} needs. */
    static String password(Path clusterDir) {
        return ClusterPassword.read(clusterDir.toAbsolutePath().normalize(), SHARE_WAIT);
    }

    private static boolean acquire(Path key) {
        try {
            Files.createDirectories(key.getParent());
            java.util.Optional<DataDirLock> lock = DataDirLock.tryAcquire(key);
            lock.ifPresent(l -> LOCKS.put(key, l));
            return lock.isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + key + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server of {@code clusterDir} if this JVM started one; its files stay. */
    static synchronized void stop(Path clusterDir) throws IOException {
        Path key = clusterDir.toAbsolutePath().normalize();
        EmbeddedPostgres postgres = RUNNING.remove(key);
        if (postgres != null) {
            postgres.close();
        }
        DataDirLock lock = LOCKS.remove(key);
        if (lock != null) {
            lock.close();
        }
    }

    /** Stops every server this JVM started (their files stay, but an ephemeral server's directory goes). */
    private static synchronized void stopAll() {
        for (Path dir : java.util.List.copyOf(RUNNING.keySet())) {
            try {
                stop(dir);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}: {}", dir, e.toString());
            }
        }
    }

    private static EmbeddedPostgres start(Path dir, boolean ephemeral) {
        if (RUNNING.isEmpty()) {
            SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stopAll);
        }
        try {
            Files.createDirectories(dir);
            OrphanedPostmaster.stopIfRunning(dir);
            log.info("Starting embedded PostgreSQL with its data in {}", dir);
            String password = ephemeral ? "" : ClusterPassword.readOrCreate(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setConnectConfig("password", password)
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(ephemeral)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .start();
            log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
            if (!ephemeral) {
                ClusterPassword.secure(dir, postgres, password);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }
}
