-- What-if simulations requested over HTTP: their scenario, progress and results. Kept apart from the event store:
-- a simulation never writes CRM events.
CREATE TABLE simulation_run (
    id          UUID        PRIMARY KEY,
    status      TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    scenario    JSONB       NOT NULL,
    steps_done  INTEGER     NOT NULL DEFAULT 0,
    steps_total INTEGER     NOT NULL,
    error       TEXT,
    report      JSONB,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);

-- results.csv and the charts (PNG and SVG) of a finished simulation.
CREATE TABLE simulation_artifact (
    run_id     UUID  NOT NULL REFERENCES simulation_run (id) ON DELETE CASCADE,
    name       TEXT  NOT NULL,
    media_type TEXT  NOT NULL,
    content    BYTEA NOT NULL,
    PRIMARY KEY (run_id, name)
);
