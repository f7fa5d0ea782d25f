package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.chart.PlanCharts;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the plan's charts, PNG and SVG, beside the report. */
final class ChartFiles {

    private ChartFiles() {
    }

    static void write(PlanResult result, Path dir) throws IOException {
        PlanCharts.writeAll(result, dir);
    }
}
