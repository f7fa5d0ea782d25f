package io.servicebalance.simulation.chart;

import java.util.Arrays;
import java.util.Optional;

/** The charts of a plan and their file names. */
public enum ChartName {
    COST_VS_SERVICE_LEVEL("cost-vs-service-level"),
    COST_VS_STAFFING("cost-vs-staffing"),
    SERVICE_LEVEL_BY_TIER("service-level-by-tier"),
    FRONTIER("frontier");

    private final String fileName;

    ChartName(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<ChartName> fromFileName(String name) {
        return Arrays.stream(values()).filter(c -> c.fileName.equals(name)).findFirst();
    }
}
