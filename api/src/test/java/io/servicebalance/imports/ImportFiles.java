package io.servicebalance.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The documented example files (docs/examples), with their ids given a prefix of their own per test. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** A fresh id prefix, so that a test's rows are its own in a database other tests share. */
    public static String prefix() {
        return "im" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static String example(String file, String prefix) {
        try {
            return Files.readString(Path.of("..", "docs", "examples", file)).replace("ex-", prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example file {@code file} with ids of {@code prefix}, written into {@code dir} under the same name. */
    public static Path write(Path dir, String file, String prefix) throws IOException {
        return Files.writeString(dir.resolve(file), example(file, prefix));
    }

    /** The events stored for the aggregates whose ids start with {@code prefix}. */
    public static long events(JdbcTemplate jdbc, String prefix) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                Long.class, prefix + "%");
        return n == null ? 0 : n;
    }

    static ImportSource source(String name, String text) {
        return new ImportSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportSources examples(String prefix) {
        return new ImportSources(source("customers.csv", example("customers.csv", prefix)),
                source("contacts.csv", example("contacts.csv", prefix)),
                source("purchases.csv", example("purchases.csv", prefix)));
    }
}
