package io.servicebalance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIntegrationTests {

    @TempDir
    Path dataDir;

    private static Connection connect(EmbeddedPostgres postgres, Path cluster) throws SQLException {
        return postgres.getPostgresDatabase(Map.of("password", EmbeddedPostgresServer.password(cluster)))
                .getConnection();
    }

    @Test
    void dataSurvivesAStopAndRestartOnTheSameDirectory() throws Exception {
        Path cluster = new EmbeddedDatabaseProperties(dataDir, false).clusterDir();
        EmbeddedPostgres first = EmbeddedPostgresServer.forDirectory(cluster);
        try (Connection c = connect(first, cluster); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        EmbeddedPostgresServer.stop(cluster);

        EmbeddedPostgres second = EmbeddedPostgresServer.forDirectory(cluster);
        try (Connection c = connect(second, cluster); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            EmbeddedPostgresServer.stop(cluster);
        }
        assertThat(cluster.resolve("PG_VERSION")).exists();
    }

    @Test
    void everyConnectionNeedsTheGeneratedPasswordKeptReadableOnlyByItsOwner() throws Exception {
        Path cluster = new EmbeddedDatabaseProperties(dataDir, false).clusterDir();
        EmbeddedPostgres postgres = EmbeddedPostgresServer.forDirectory(cluster);
        try {
            Path file = dataDir.resolve("postgres.password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(32);
            assertThatThrownBy(() -> postgres.getPostgresDatabase(Map.of()).getConnection().close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> postgres.getPostgresDatabase(Map.of("password", "guess")).getConnection()
                    .close()).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection c = connect(postgres, cluster)) {
                assertThat(c.isValid(5)).isTrue();
            }
        } finally {
            EmbeddedPostgresServer.stop(cluster);
        }
    }

    @Test
    void aDataDirectoryWithoutAPasswordKeepsItsDataAndGetsOneOnItsNextStart() throws Exception {
        Path cluster = new EmbeddedDatabaseProperties(dataDir, false).clusterDir();
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(cluster)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
             Connection c = legacy.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('from before passwords')");
        }
        assertThat(dataDir.resolve("postgres.password")).doesNotExist();

        EmbeddedPostgres migrated = EmbeddedPostgresServer.forDirectory(cluster);
        try (Connection c = connect(migrated, cluster); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("from before passwords");
            assertThatThrownBy(() -> migrated.getPostgresDatabase(Map.of()).getConnection().close())
                    .isInstanceOf(SQLException.class);
        } finally {
            EmbeddedPostgresServer.stop(cluster);
        }
    }

    @Test
    void defaultDataDirectoryIsDataUnderTheWorkingDirectory() {
        assertThat(new EmbeddedDatabaseProperties(null, false).clusterDir()).isEqualTo(Path.of("data", "postgres"));
    }
}
