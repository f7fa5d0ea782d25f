package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.staffing.IntervalFigures;
import java.util.List;

/**
 * What optimising staffing found (empty when the scenario does not optimise): per channel, the historical staffing
 * and each service-level target's optimised staffing, interval by interval, with their simulated figures; the
 * {@code policy} of a row is the label its staffing carries in the grid ({@code PHONE 80%}) or {@code historical}.
 */
public record StaffingPlan(List<Row> rows, List<String> warnings) {

    /** One channel's staffing under one label. */
    public record Row(String policy, IntervalFigures figures) {
    }

    public StaffingPlan {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public static StaffingPlan none() {
        return new StaffingPlan(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
