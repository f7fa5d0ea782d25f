package io.servicebalance.benchmarks.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The embedded PostgreSQL a server runs on its data directory, for checking what it stored. */
record DataDirDatabase(Path dataDir) {

    /** The URL of the running server, from its {@code postmaster.pid}. */
    String jdbcUrl() throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    }

    String password() throws IOException {
        return Files.readString(dataDir.resolve("postgres.password")).strip();
    }
}
