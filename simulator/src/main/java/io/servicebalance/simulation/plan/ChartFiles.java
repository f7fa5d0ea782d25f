package io.servicebalance.simulation.plan;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the plan's charts; a seam so the plan package does not depend on how charts are drawn. */
final class ChartFiles {

    private ChartFiles() {
    }

    static void write(PlanResult result, Path dir) throws IOException {
        // charts arrive with the chart package
    }
}
