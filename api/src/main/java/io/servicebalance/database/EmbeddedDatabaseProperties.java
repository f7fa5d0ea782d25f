package io.servicebalance.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param dataDir   where the database files live; they survive restarts (default {@code ./data}, overridden by
 *                  {@code SERVICEBALANCE_DATA_DIR})
 * @param ephemeral when true the database lives in a fresh temporary directory that is deleted on exit (tests)
 */
@ConfigurationProperties("servicebalance.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    /** The PostgreSQL cluster directory inside {@link #dataDir()}. */
    Path clusterDir() {
        return dataDir.resolve("postgres");
    }
}
