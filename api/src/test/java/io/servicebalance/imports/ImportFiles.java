package io.servicebalance.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The documented example files (docs/examples), with their ids given a prefix of their own per test. */
final class ImportFiles {

    private ImportFiles() {
    }

    static String prefix() {
        return "im" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static String example(String file, String prefix) {
        try {
            return Files.readString(Path.of("..", "docs", "examples", file)).replace("ex-", prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
