package io.servicebalance.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of {@code history_import}: each HTTP import's progress and outcome, the same from every node. */
@Repository
class ImportRuns {

    record Run(UUID id, String status, long total, long done, String summary, String error, Instant createdAt,
               Instant finishedAt, String node, int attempts) {
    }

    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void queued(UUID id) {
        jdbc.update("INSERT INTO history_import (id, status) VALUES (?, 'QUEUED')", id);
    }

    /**
     * Marks the import running on {@code node} (again, when it takes over a dead node's import), its progress reset;
     * returns how many times a node has started it, or nothing when it has ended or is gone.
     */
    OptionalInt start(UUID id, String node) {
        List<Integer> attempts = jdbc.queryForList("UPDATE history_import SET status = 'RUNNING', node = ?,"
                + " attempts = attempts + 1, aggregates_total = 0, aggregates_done = 0, heartbeat_at = now()"
                + " WHERE id = ? AND status IN ('QUEUED', 'RUNNING') RETURNING attempts", Integer.class, node, id);
        return attempts.isEmpty() ? OptionalInt.empty() : OptionalInt.of(attempts.get(0));
    }

    void progressed(UUID id, long total, long done) {
        jdbc.update("UPDATE history_import SET aggregates_total = ?, aggregates_done = ?, heartbeat_at = now()"
                + " WHERE id = ?", total, done, id);
    }

    /** Marks the import succeeded on {@code connection}, inside the transaction that appends its events. */
    static void succeeded(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE history_import SET status = 'SUCCEEDED',"
                + " finished_at = now(), aggregates_done = aggregates_total, heartbeat_at = now() WHERE id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    void summarised(UUID id, String summaryJson) {
        jdbc.update("UPDATE history_import SET summary = ?::jsonb WHERE id = ?", summaryJson, id);
    }

    void failed(UUID id, String error) {
        jdbc.update("UPDATE history_import SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?",
                error, id);
    }

    /**
     * The import; a RUNNING one whose node stopped renewing its claim is reported QUEUED again: it waits for a node
     * to take it over.
     */
    Optional<Run> find(UUID id) {
        List<Run> rows = jdbc.query("SELECT h.id, CASE WHEN h.status = 'RUNNING' AND (c.owner IS NULL OR"
                + " c.lease_expires_at < now()) THEN 'QUEUED' ELSE h.status END, h.aggregates_total,"
                + " h.aggregates_done, h.summary::text, h.error, h.created_at, h.finished_at, h.node, h.attempts"
                + " FROM history_import h LEFT JOIN work_claim c ON c.kind = ? AND c.work_id = h.id::text"
                + " WHERE h.id = ?",
                (r, i) -> new Run(r.getObject(1, UUID.class), r.getString(2), r.getLong(3), r.getLong(4),
                        r.getString(5), r.getString(6), instant(r.getTimestamp(7)), instant(r.getTimestamp(8)),
                        r.getString(9), r.getInt(10)),
                ImportService.KIND, id);
        return rows.stream().findFirst();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
