package io.servicebalance.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.simulation.web.SavedReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run {@code plan --compare} names: an output directory of {@code plan} or {@code demo} (its {@code report.json}),
 * or the id of a run saved by the REST API (read from the database; only then is the application started).
 */
final class SavedRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedRun() {
    }

    static JsonNode report(String run, Supplier<ConfigurableApplicationContext> context) throws IOException {
        Path dir = Path.of(run);
        if (Files.isRegularFile(dir.resolve("report.json"))) {
            return JSON.readTree(dir.resolve("report.json").toFile());
        }
        UUID id;
        try {
            id = UUID.fromString(run);
        } catch (IllegalArgumentException e) {
            throw new CommandFailed("--compare: " + run + " is neither a directory holding a report.json nor the id"
                    + " of a saved simulation");
        }
        try {
            return JSON.readTree(context.get().getBean(SavedReports.class).report(id));
        } catch (IllegalArgumentException e) {
            throw new CommandFailed("--compare: " + e.getMessage());
        }
    }
}
