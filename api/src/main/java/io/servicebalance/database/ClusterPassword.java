package io.servicebalance.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated password of an embedded PostgreSQL, kept beside its cluster ({@code data/postgres.password}, readable
 * only by its owner) and required of every connection. A cluster created before passwords existed (trust
 * authentication) gets one on its next start: the password is set, then {@code pg_hba.conf} is rewritten to demand it.
 */
final class ClusterPassword {

    static final String USER = "postgres";
    private static final String MARKER = "# ServiceBalance: every connection needs the password in";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPassword.class);

    private ClusterPassword() {
    }

    static Path file(Path clusterDir) {
        return clusterDir.resolveSibling(clusterDir.getFileName() + ".password");
    }

    /** The password of the cluster, waiting up to {@code wait} for the process that runs it to create it. */
    static String read(Path clusterDir, Duration wait) {
        Path file = file(clusterDir);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Files.isRegularFile(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded database's password file " + file + " cannot be read ("
                    + e.getMessage() + "); every process on this data directory needs it", e);
        }
    }

    /** Makes the running server demand {@code password} ({@link #readOrCreate}), unless it already does. */
    static void secure(Path clusterDir, EmbeddedPostgres postgres, String password) {
        Path hba = clusterDir.resolve("pg_hba.conf");
        try {
            if (secured(clusterDir)) {
                return;
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
                Path written = hba.resolveSibling("pg_hba.conf.new");
                Files.writeString(written, MARKER + " " + file(clusterDir).getFileName() + "\n"
                        + "local all all scram-sha-256\n"
                        + "host  all all 127.0.0.1/32 scram-sha-256\n"
                        + "host  all all ::1/128 scram-sha-256\n");
                Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                s.execute("SELECT pg_reload_conf()");
            }
            LOG.info("The embedded PostgreSQL in {} now requires the password kept in {}", clusterDir,
                    file(clusterDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set the embedded database's password: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded database's password: " + e.getMessage(), e);
        }
    }

    private static boolean secured(Path clusterDir) throws IOException {
        Path hba = clusterDir.resolve("pg_hba.conf");
        return Files.isRegularFile(hba) && Files.readString(hba).startsWith(MARKER);
    }

    /** The cluster's password, created (readable only by its owner) when the cluster has none yet. */
    static String readOrCreate(Path clusterDir) {
        try {
            Path file = file(clusterDir);
            if (Files.isRegularFile(file)) {
                ownerOnly(file);
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            if (secured(clusterDir)) {
                throw new IllegalStateException("The embedded database in " + clusterDir + " requires a password but "
                        + file + " is missing: restore it from a backup of the data directory");
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file(clusterDir) + ": " + e.getMessage(), e);
        }
    }

    private static String create(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        Files.createFile(written, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(written, password + "\n", StandardCharsets.US_ASCII);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
