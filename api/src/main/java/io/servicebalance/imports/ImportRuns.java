package io.servicebalance.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of {@code history_import}: each HTTP import's progress and outcome. */
@Repository
class ImportRuns {

    /** A RUNNING import whose heartbeat is older than this belonged to a process that stopped. */
    static final int STALE_SECONDS = 60;

    record Run(UUID id, String status, long total, long done, String summary, String error, Instant createdAt,
               Instant finishedAt) {
    }

    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void started(UUID id) {
        jdbc.update("INSERT INTO history_import (id, status) VALUES (?, 'RUNNING')", id);
    }

    void progressed(UUID id, long total, long done) {
        jdbc.update("UPDATE history_import SET aggregates_total = ?, aggregates_done = ?, heartbeat_at = now()"
                + " WHERE id = ?", total, done, id);
    }

    void beat(UUID id) {
        jdbc.update("UPDATE history_import SET heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'", id);
    }

    void succeeded(UUID id, String summaryJson) {
        jdbc.update("UPDATE history_import SET status = 'SUCCEEDED', summary = ?::jsonb, finished_at = now(),"
                + " aggregates_done = aggregates_total WHERE id = ?", summaryJson, id);
    }

    void failed(UUID id, String error) {
        jdbc.update("UPDATE history_import SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?",
                error, id);
    }

    /** The import; a RUNNING one whose process stopped is reported INTERRUPTED (nothing of it was written). */
    Optional<Run> find(UUID id) {
        List<Run> rows = jdbc.query("SELECT id, CASE WHEN status = 'RUNNING' AND heartbeat_at < now() - make_interval("
                + "secs => ?) THEN 'INTERRUPTED' ELSE status END AS status, aggregates_total, aggregates_done,"
                + " summary::text, error, created_at, finished_at FROM history_import WHERE id = ?",
                (r, i) -> new Run(r.getObject(1, UUID.class), r.getString(2), r.getLong(3), r.getLong(4),
                        r.getString(5), r.getString(6), instant(r.getTimestamp(7)), instant(r.getTimestamp(8))),
                STALE_SECONDS, id);
        return rows.stream().findFirst();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
