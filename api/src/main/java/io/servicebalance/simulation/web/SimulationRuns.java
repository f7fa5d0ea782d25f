package io.servicebalance.simulation.web;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The simulation_run and simulation_artifact tables. */
@Repository
class SimulationRuns {

    /** A run as the API shows it. */
    record Run(UUID id, String status, long done, long total, String error, String report, Timestamp createdAt,
               Timestamp finishedAt) {
    }

    /** A run as the planner's list shows it. */
    record Summary(UUID id, String name, String status, Timestamp createdAt, String balancePoint) {
    }

    /** A stored file of a finished run. */
    record Artifact(String mediaType, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SimulationRuns(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    void queue(UUID id, String scenario, long steps) {
        jdbc.update("INSERT INTO simulation_run (id, status, scenario, steps_total) VALUES (?, 'QUEUED', ?::jsonb, ?)",
                id, scenario, steps);
    }

    /** @return false when the run is no longer queued (it was cancelled) */
    boolean running(UUID id) {
        return jdbc.update("UPDATE simulation_run SET status = 'RUNNING' WHERE id = ? AND status = 'QUEUED'", id) == 1;
    }

    /** @return false when the run is no longer running (it was cancelled, possibly by another process) */
    boolean progress(UUID id, long done) {
        return jdbc.update("UPDATE simulation_run SET steps_done = ? WHERE id = ? AND status = 'RUNNING'", done, id)
                == 1;
    }

    void failed(UUID id, String error) {
        jdbc.update("UPDATE simulation_run SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?"
                + " AND status IN ('QUEUED', 'RUNNING')", error, id);
    }

    /** @return false when the run was not queued or running: nothing changed */
    boolean cancel(UUID id) {
        return jdbc.update("UPDATE simulation_run SET status = 'CANCELLED', error = 'cancelled', finished_at = now()"
                + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')", id) == 1;
    }

    /** Stores the results unless the run was cancelled meanwhile; all or nothing. */
    void succeeded(UUID id, String report, List<String> names, List<String> mediaTypes, List<byte[]> contents) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("UPDATE simulation_run SET status = 'SUCCEEDED', report = ?::jsonb, steps_done ="
                    + " steps_total, finished_at = now() WHERE id = ? AND status = 'RUNNING'", report, id) == 0) {
                return;
            }
            for (int i = 0; i < names.size(); i++) {
                jdbc.update("INSERT INTO simulation_artifact (run_id, name, media_type, content) VALUES (?, ?, ?, ?)",
                        id, names.get(i), mediaTypes.get(i), contents.get(i));
            }
        });
    }

    /** Runs a stopped server left unfinished can never finish: they are marked failed at start. */
    int failInterrupted() {
        return jdbc.update("UPDATE simulation_run SET status = 'FAILED', error = 'interrupted by a restart of the"
                + " server; submit the scenario again', finished_at = now() WHERE status IN ('QUEUED', 'RUNNING')");
    }

    Optional<Run> find(UUID id) {
        return jdbc.query("SELECT id, status, steps_done, steps_total, error, report::text, created_at, finished_at"
                        + " FROM simulation_run WHERE id = ?", (rs, n) -> new Run(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7), rs.getTimestamp(8)), id).stream().findFirst();
    }

    /** The latest runs, newest first. */
    List<Summary> recent(int limit) {
        return jdbc.query("SELECT id, scenario->>'name', status, created_at, report->'balancePoint'->>'policy'"
                + " FROM simulation_run ORDER BY created_at DESC, id LIMIT ?", (rs, n) -> new Summary(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)),
                limit);
    }

    Optional<Artifact> artifact(UUID id, String name) {
        return jdbc.query("SELECT media_type, content FROM simulation_artifact WHERE run_id = ? AND name = ?",
                (rs, n) -> new Artifact(rs.getString(1), rs.getBytes(2)), id, name).stream().findFirst();
    }
}
