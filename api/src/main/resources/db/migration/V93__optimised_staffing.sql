-- The staffing a run's sweep optimised (issue 11), stored by the node that splits the sweep together with the
-- fingerprint of the history it read: every other node preparing the same run on the same history takes these
-- schedules instead of optimising again. Encoded by the simulator (StaffingPlanBytes: doubles by their exact bits),
-- so the plan merged from any nodes' jobs is the one a single process computes, byte for byte.
ALTER TABLE simulation_run ADD COLUMN optimised_staffing BYTEA;
