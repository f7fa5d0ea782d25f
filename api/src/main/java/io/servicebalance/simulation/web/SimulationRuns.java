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

    /** The claim of the run (kind {@value SimulationService#KIND}) is held by the given owner. */
    private static final String OWNED = "EXISTS (SELECT 1 FROM work_claim WHERE kind = '" + SimulationService.KIND
            + "' AND work_id = ? AND owner = ?)";
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

    /**
     * Starts (or, taken over from a dead node, resumes) a run {@code node} coordinates, with the steps already done.
     *
     * @return false when the run is neither queued nor running (cancelled or finished meanwhile)
     */
    boolean start(UUID id, long done, String node) {
        return jdbc.update("UPDATE simulation_run SET status = 'RUNNING', steps_done = ?, node = ? WHERE id = ? AND"
                + " status IN ('QUEUED', 'RUNNING')", done, node, id) == 1;
    }

    /** Adds steps done by a job; false when the run is no longer running (it was cancelled, possibly elsewhere). */
    boolean advance(UUID id, long steps) {
        return jdbc.update("UPDATE simulation_run SET steps_done = least(steps_total, steps_done + ?) WHERE id = ?"
                + " AND status = 'RUNNING'", steps, id) == 1;
    }

    /** Runs waiting to be started by a node. */
    long queued() {
        return jdbc.queryForObject("SELECT count(*) FROM simulation_run WHERE status = 'QUEUED'", Long.class);
    }

    /** The scenario of a run (JSON) and the fingerprint of the history its sweep was split on, if it was. */
    Optional<String[]> scenario(UUID id) {
        return jdbc.query("SELECT scenario::text, history_fingerprint FROM simulation_run WHERE id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, id).stream().findFirst();
    }

    /**
     * Records the fingerprint of the history the run's sweep is split on and the staffing it optimised on it (null
     * when it optimised none), while {@code owner} coordinates it.
     */
    boolean splitOn(UUID id, String fingerprint, byte[] optimisedStaffing, String owner) {
        return jdbc.update("UPDATE simulation_run SET history_fingerprint = ?, optimised_staffing = ? WHERE id = ? AND "
                + OWNED, fingerprint, optimisedStaffing, id, id.toString(), owner) == 1;
    }

    /** The staffing the run's sweep optimised, when it was split on the history of this fingerprint. */
    Optional<byte[]> optimisedStaffing(UUID id, String fingerprint) {
        return jdbc.query("SELECT optimised_staffing FROM simulation_run WHERE id = ? AND history_fingerprint = ? AND"
                + " optimised_staffing IS NOT NULL", (rs, n) -> rs.getBytes(1), id, fingerprint).stream().findFirst();
    }

    /** @return false when the run is no longer running (it was cancelled, possibly by another process) */
    boolean progress(UUID id, long done) {
        return jdbc.update("UPDATE simulation_run SET steps_done = ? WHERE id = ? AND status = 'RUNNING'", done, id)
                == 1;
    }

    /** Marks a run failed, only while {@code owner} holds its claim; false when another node owns it. */
    boolean failed(UUID id, String error, String owner) {
        return jdbc.update("UPDATE simulation_run SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?"
                + " AND status IN ('QUEUED', 'RUNNING') AND " + OWNED, error, id, id.toString(), owner) > 0;
    }

    /** @return false when the run was not queued or running: nothing changed */
    boolean cancel(UUID id) {
        return jdbc.update("UPDATE simulation_run SET status = 'CANCELLED', error = 'cancelled', finished_at = now()"
                + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING')", id) == 1;
    }

    /**
     * Stores the results, all or nothing, only while the run is running and {@code owner} holds its claim; false when
     * it was cancelled meanwhile or another node owns it.
     */
    boolean succeeded(UUID id, String owner, String report, List<String> names, List<String> mediaTypes,
                      List<byte[]> contents) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (jdbc.update("UPDATE simulation_run SET status = 'SUCCEEDED', report = ?::jsonb, steps_done ="
                    + " steps_total, finished_at = now() WHERE id = ? AND status = 'RUNNING' AND " + OWNED, report, id,
                    id.toString(), owner) == 0) {
                return false;
            }
            for (int i = 0; i < names.size(); i++) {
                jdbc.update("INSERT INTO simulation_artifact (run_id, name, media_type, content) VALUES (?, ?, ?, ?)",
                        id, names.get(i), mediaTypes.get(i), contents.get(i));
            }
            return true;
        }));
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
