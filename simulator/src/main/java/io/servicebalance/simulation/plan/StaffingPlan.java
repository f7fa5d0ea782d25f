package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.staffing.IntervalFigures;
import java.util.List;

/**
 * What optimising staffing found (empty when the scenario does not optimise): per channel, the historical staffing
 * and each service-level target's optimised staffing, interval by interval, with their simulated figures; the
 * {@code policy} of a row is the label its staffing carries in the grid ({@code PHONE 80%}) or {@code historical};
 * {@code simulations} counts the replications of one channel it simulated.
 */
public record StaffingPlan(List<Row> rows, List<String> warnings, long simulations) {

    /**
     * One channel's staffing under one label.
     *
     * @param target the service-level target it was optimised for; null for the historical staffing
     */
    public record Row(String policy, Double target, IntervalFigures figures) {

        /** Intervals where some contact was offered and the simulated service level fell short of the target. */
        public long intervalsBelowTarget() {
            double[] sl = figures.serviceLevel();
            return target == null ? 0 : java.util.stream.IntStream.range(0, sl.length).filter(c -> sl[c] < target)
                    .count();
        }
    }

    public StaffingPlan {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public static StaffingPlan none() {
        return new StaffingPlan(List.of(), List.of(), 0);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
