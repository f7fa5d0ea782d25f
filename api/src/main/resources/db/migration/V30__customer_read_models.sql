-- Read models of the account managers' API, kept by the "customer-timeline" streaming processor (its token in
-- token_entry is updated in the same transaction as these rows). Rows are keyed by generation so that a rebuild
-- fills a new generation beside the active one and switches when it has caught up.
CREATE TABLE read_model_generation (
    name     TEXT    PRIMARY KEY,
    active   INTEGER NOT NULL,
    building INTEGER
);
INSERT INTO read_model_generation (name, active) VALUES ('customer-timeline', 1);

-- One row per meaningful event; immutable, so idempotent by (generation, event_id).
CREATE TABLE timeline_entry (
    entry_id     BIGINT      GENERATED ALWAYS AS IDENTITY,
    generation   INTEGER     NOT NULL,
    event_id     TEXT        NOT NULL,
    customer_id  TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    type         TEXT        NOT NULL,
    channel      TEXT,
    summary      TEXT        NOT NULL,
    actor        TEXT,
    contact_id   TEXT,
    contact_type TEXT,
    tier         TEXT,
    manager      TEXT,
    amount       NUMERIC(19, 4),
    currency     TEXT,
    score        INTEGER,
    wait_seconds BIGINT,
    name         TEXT,
    email        TEXT,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX timeline_entry_by_customer ON timeline_entry (generation, customer_id, occurred_at DESC, entry_id DESC);

-- Customer search: the latest of each attribute, each guarded by the global position of the event that set it, so
-- that events applied out of order (live processing beside a rebuild) never overwrite newer values.
CREATE TABLE customer_directory (
    generation   INTEGER NOT NULL,
    customer_id  TEXT    NOT NULL,
    name         TEXT,
    email        TEXT,
    name_pos     BIGINT  NOT NULL DEFAULT -1,
    tier         TEXT,
    tier_pos     BIGINT  NOT NULL DEFAULT -1,
    manager      TEXT,
    manager_pos  BIGINT  NOT NULL DEFAULT -1,
    churned      BOOLEAN NOT NULL DEFAULT false,
    churn_pos    BIGINT  NOT NULL DEFAULT -1,
    PRIMARY KEY (generation, customer_id)
);
CREATE INDEX customer_directory_by_manager ON customer_directory (generation, manager);
CREATE INDEX customer_directory_by_name ON customer_directory (generation, lower(name));
