package io.servicebalance.simulation.web;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** The {@code report.json} of a run saved by the REST API, for comparisons from the command line. */
@Component
public class SavedReports {

    private final SimulationRuns runs;

    SavedReports(SimulationRuns runs) {
        this.runs = runs;
    }

    /**
     * The report of a SUCCEEDED run.
     *
     * @throws IllegalArgumentException naming the run when it is unknown or has no results
     */
    public String report(UUID id) {
        SimulationRuns.Run run = runs.find(id).orElseThrow(() -> new IllegalArgumentException(
                "there is no simulation " + id));
        if (!run.status().equals("SUCCEEDED")) {
            throw new IllegalArgumentException("simulation " + id + " is " + run.status()
                    + "; runs compare once they have SUCCEEDED");
        }
        return run.report();
    }
}
