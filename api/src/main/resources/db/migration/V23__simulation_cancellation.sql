-- Planning work is bounded (issue 9): step counts are 64-bit (policies x replications overflowed INTEGER) and a run
-- can be cancelled.
ALTER TABLE simulation_run ALTER COLUMN steps_done TYPE BIGINT, ALTER COLUMN steps_total TYPE BIGINT;
ALTER TABLE simulation_run DROP CONSTRAINT simulation_run_status_check;
ALTER TABLE simulation_run ADD CONSTRAINT simulation_run_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'));
