package io.servicebalance.simulation.web;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The simulation_run and simulation_artifact tables. */
@Repository
class SimulationRuns {

    /** A run as the API shows it. */
    record Run(UUID id, String status, int done, int total, String error, String report, Timestamp createdAt,
               Timestamp finishedAt) {
    }

    /** A stored file of a finished run. */
    record Artifact(String mediaType, byte[] content) {
    }

    /** The claim of the run (kind {@value SimulationService#KIND}) is held by the given owner. */
    private static final String OWNED = "EXISTS (SELECT 1 FROM work_claim WHERE kind = '" + SimulationService.KIND
            + "' AND work_id = ? AND owner = ?)";
    private final JdbcTemplate jdbc;

    SimulationRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void queue(UUID id, String scenario, int steps) {
        jdbc.update("INSERT INTO simulation_run (id, status, scenario, steps_total) VALUES (?, 'QUEUED', ?::jsonb, ?)",
                id, scenario, steps);
    }

    void running(UUID id) {
        jdbc.update("UPDATE simulation_run SET status = 'RUNNING' WHERE id = ?", id);
    }

    void progress(UUID id, int done) {
        jdbc.update("UPDATE simulation_run SET steps_done = ? WHERE id = ?", done, id);
    }

    /** Marks a run failed, only while {@code owner} holds its claim; false when another node owns it. */
    boolean failed(UUID id, String error, String owner) {
        return jdbc.update("UPDATE simulation_run SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?"
                + " AND status IN ('QUEUED', 'RUNNING') AND " + OWNED, error, id, id.toString(), owner) > 0;
    }

    /** Stores a run's results, only while {@code owner} holds its claim; false when another node owns it. */
    boolean succeeded(UUID id, String owner, String report, List<String> names, List<String> mediaTypes,
                      List<byte[]> contents) {
        int updated = jdbc.update("UPDATE simulation_run SET status = 'SUCCEEDED', report = ?::jsonb,"
                + " steps_done = steps_total, finished_at = now() WHERE id = ? AND " + OWNED, report, id,
                id.toString(), owner);
        if (updated == 0) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            jdbc.update("INSERT INTO simulation_artifact (run_id, name, media_type, content) VALUES (?, ?, ?, ?)", id,
                    names.get(i), mediaTypes.get(i), contents.get(i));
        }
        return true;
    }

    Optional<Run> find(UUID id) {
        return jdbc.query("SELECT id, status, steps_done, steps_total, error, report::text, created_at, finished_at"
                        + " FROM simulation_run WHERE id = ?", (rs, n) -> new Run(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7), rs.getTimestamp(8)), id).stream().findFirst();
    }

    Optional<Artifact> artifact(UUID id, String name) {
        return jdbc.query("SELECT media_type, content FROM simulation_artifact WHERE run_id = ? AND name = ?",
                (rs, n) -> new Artifact(rs.getString(1), rs.getBytes(2)), id, name).stream().findFirst();
    }
}
