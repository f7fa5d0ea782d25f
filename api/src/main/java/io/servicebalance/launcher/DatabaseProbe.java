package io.servicebalance.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Checks, before anything starts, that an external database given by {@code SPRING_DATASOURCE_URL} answers, so
 * that an unreachable database is reported in one line.
 */
final class DatabaseProbe {

    private DatabaseProbe() {
    }

    static void requireReachable() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
            return;
        } catch (SQLException e) {
            throw new CommandFailed("cannot reach the database at " + url + ": " + OneLine.of(e));
        }
    }
}
