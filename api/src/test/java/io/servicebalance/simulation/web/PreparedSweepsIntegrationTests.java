package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.history.SeededFixture;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staffing is optimised once per run: a node preparing a run's sweep on the history the run was split on takes the
 * staffing stored with the run, and optimises only when none is stored for its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(SeededFixture.class)
class PreparedSweepsIntegrationTests {

    @Autowired
    PreparedSweeps sweeps;
    @Autowired
    SimulationRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID run = UUID.randomUUID();

    @AfterEach
    void dropTheRun() {
        sweeps.forget(run);
        jdbc.update("DELETE FROM simulation_run WHERE id = ?", run);
    }

    @Test
    void aNodePreparingARunSplitOnItsHistoryTakesTheStoredStaffingInsteadOfOptimisingAgain() {
        String scenario = """
                {"name": "optimised once", "seed": 2, "replications": 1, %s,
                 "historical": {"source": "seeded"}, "staffing": {"method": "optimise", "interval": "PT1H"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.8]}}, "costs": {"agentPerHour": {"PHONE": 32}}}"""
                .formatted(SeededFixture.window());
        runs.queue(run, scenario, 1); // queued but never offered: no node takes it
        PreparedSweeps.Prepared optimised = sweeps.prepare(run, scenario);
        byte[] found = optimised.sweep().optimisedStaffing();
        assertThat(found).isNotNull();
        byte[] marked = found.clone();
        marked[11] ^= 1; // the count of simulations the optimisation ran: a copy that optimising again cannot give
        jdbc.update("UPDATE simulation_run SET history_fingerprint = ?, optimised_staffing = ? WHERE id = ?",
                optimised.fingerprint(), marked, run);
        sweeps.forget(run);

        assertThat(sweeps.prepare(run, scenario).sweep().optimisedStaffing()).isEqualTo(marked);

        jdbc.update("UPDATE simulation_run SET history_fingerprint = 'another history' WHERE id = ?", run);
        sweeps.forget(run);
        assertThat(sweeps.prepare(run, scenario).sweep().optimisedStaffing()).as("optimised again").isEqualTo(found);
    }
}
