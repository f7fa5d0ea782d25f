package io.servicebalance.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesAStopAndRestartOnTheSameDirectory() throws Exception {
        Path cluster = new EmbeddedDatabaseProperties(dataDir, false).clusterDir();
        EmbeddedPostgres first = EmbeddedPostgresServer.forDirectory(cluster);
        try (Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        EmbeddedPostgresServer.stop(cluster);

        EmbeddedPostgres second = EmbeddedPostgresServer.forDirectory(cluster);
        try (Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            EmbeddedPostgresServer.stop(cluster);
        }
        assertThat(cluster.resolve("PG_VERSION")).exists();
    }

    @Test
    void defaultDataDirectoryIsDataUnderTheWorkingDirectory() {
        assertThat(new EmbeddedDatabaseProperties(null, false).clusterDir()).isEqualTo(Path.of("data", "postgres"));
    }
}
