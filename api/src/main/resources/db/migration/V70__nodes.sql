-- Several nodes on one database (issue 13).

-- Nodes seen by their work heartbeat (io.servicebalance.work): a node not seen for one lease is dead.
CREATE TABLE work_node (
    node       TEXT        PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    seen_at    TIMESTAMPTZ NOT NULL
);

-- A simulation's sweep split into jobs of consecutive steps (policy x replications + replication) that any node
-- runs; each job's figures are kept until the node coordinating the run merges them. Every node of one run plans on
-- the same history: the coordinator (simulation_run.node) records its fingerprint, and a node that reads another
-- history leaves the jobs.
ALTER TABLE simulation_run ADD COLUMN history_fingerprint TEXT, ADD COLUMN node TEXT;
CREATE TABLE sweep_job (
    run_id      UUID        NOT NULL REFERENCES simulation_run (id) ON DELETE CASCADE,
    job         INTEGER     NOT NULL,
    first_step  BIGINT      NOT NULL,
    end_step    BIGINT      NOT NULL,
    figures     BYTEA,
    error       TEXT,
    node        TEXT,
    cpu_millis  BIGINT,
    wall_millis BIGINT,
    finished_at TIMESTAMPTZ,
    PRIMARY KEY (run_id, job),
    CHECK (first_step < end_step)
);

-- The latest rebuild of each read model, visible from every node; the node that runs it holds a work claim
-- (kind 'rebuild', id name/generation).
CREATE TABLE read_model_rebuild (
    name              TEXT             PRIMARY KEY,
    state             TEXT             NOT NULL,
    generation        INTEGER,
    processed         BIGINT           NOT NULL DEFAULT 0,
    total             BIGINT           NOT NULL DEFAULT 0,
    events_per_second DOUBLE PRECISION NOT NULL DEFAULT 0,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    error             TEXT,
    dead_lettered     BIGINT           NOT NULL DEFAULT 0,
    node              TEXT
);

-- A rebuild left half done by a version without claims belongs to no live node: its claim has expired, so the
-- first node to start drops it.
INSERT INTO work_claim (kind, work_id, owner, lease_expires_at, claimed_at, attempts)
SELECT 'rebuild', name || '/' || building, 'before-leases', now() - interval '1 second', now(), 1
FROM read_model_generation WHERE building IS NOT NULL;
