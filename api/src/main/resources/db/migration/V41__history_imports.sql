-- Imports of a recorded history over HTTP: progress and outcome. The events themselves go to domain_event_entry in
-- one transaction; this row only tells the client how far that transaction has come. A RUNNING row whose heartbeat
-- is older than a minute belonged to a process that stopped: its transaction was rolled back, nothing was written.
CREATE TABLE history_import (
    id               UUID        PRIMARY KEY,
    status           TEXT        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    aggregates_total BIGINT      NOT NULL DEFAULT 0,
    aggregates_done  BIGINT      NOT NULL DEFAULT 0,
    summary          JSONB,
    error            TEXT,
    heartbeat_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ
);
