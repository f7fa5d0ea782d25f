-- Claims on pieces of work (simulations now; imports, rebuilds and sweep batches later) by the node that runs them.
-- A claim is a lease: the owner renews lease_expires_at by a heartbeat while it lives; only the owner may finish or
-- fail the work; a claim whose lease expired was left by a dead node and may be taken over (FOR UPDATE SKIP LOCKED).
-- An unclaimed row (owner NULL) is queued work any node may claim.
CREATE TABLE work_claim (
    kind             TEXT        NOT NULL,
    work_id          TEXT        NOT NULL,
    owner            TEXT,
    lease_expires_at TIMESTAMPTZ,
    claimed_at       TIMESTAMPTZ,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, work_id),
    CHECK ((owner IS NULL) = (lease_expires_at IS NULL))
);
CREATE INDEX work_claim_claimable ON work_claim (kind, lease_expires_at);

-- Simulations left queued or running by a version without leases belong to no live node: their lease has expired,
-- so the first node to start recovers them.
INSERT INTO work_claim (kind, work_id, owner, lease_expires_at, claimed_at, attempts)
SELECT 'simulation', id::text, 'before-leases', now() - interval '1 second', created_at, 1
FROM simulation_run WHERE status IN ('QUEUED', 'RUNNING');
