-- The contact history read model that plans and traces read a window of, kept by the "contact-history" pooled
-- streaming processor (its token in token_entry is updated in the same transaction as these rows). Every write is an
-- idempotent upsert, so events replayed after a crash or a reset converge to the same rows.

-- One row per contact: what a replay needs, indexed by arrival so that a window is one range scan.
CREATE TABLE contact_history (
    contact_id      TEXT COLLATE "C" PRIMARY KEY,
    customer_id     TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    contact_type    TEXT        NOT NULL,
    -- the customer's tier when the contact arrived
    tier            TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    answered_at     TIMESTAMPTZ,
    abandoned_at    TIMESTAMPTZ,
    acknowledged_at TIMESTAMPTZ,
    -- the first resolution's handle time
    handle_seconds  BIGINT,
    -- the patience observation: ABANDONED (exactly the wait), ANSWERED (at least the wait), WAITING (unknown)
    outcome         TEXT GENERATED ALWAYS AS (CASE WHEN abandoned_at IS NOT NULL THEN 'ABANDONED'
                        WHEN answered_at IS NOT NULL THEN 'ANSWERED' ELSE 'WAITING' END) STORED,
    wait_seconds    DOUBLE PRECISION GENERATED ALWAYS AS
                        (extract(epoch FROM coalesce(abandoned_at, answered_at) - received_at)) STORED
);
CREATE INDEX contact_history_by_arrival ON contact_history (received_at, contact_id);
CREATE INDEX contact_history_by_customer ON contact_history (customer_id);

-- The tiers a customer had, by business time: a contact's tier is the one in force when it arrived.
CREATE TABLE contact_history_tier (
    customer_id TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    seq         BIGINT      NOT NULL,
    tier        TEXT        NOT NULL,
    PRIMARY KEY (customer_id, event_id)
);
CREATE INDEX contact_history_tier_by_time ON contact_history_tier (customer_id, since, seq);

-- What the cost model needs of a customer: its latest tier, its value (recorded purchases) and whether it churned.
-- Each attribute is guarded by the sequence number (in the customer's aggregate) of the event that last changed it,
-- so a redelivered event is applied once.
CREATE TABLE contact_history_customer (
    customer_id TEXT          PRIMARY KEY,
    tier        TEXT,
    tier_seq    BIGINT        NOT NULL DEFAULT -1,
    value       NUMERIC       NOT NULL DEFAULT 0,
    value_seq   BIGINT        NOT NULL DEFAULT -1,
    churned     BOOLEAN       NOT NULL DEFAULT false,
    churn_seq   BIGINT        NOT NULL DEFAULT -1
);
