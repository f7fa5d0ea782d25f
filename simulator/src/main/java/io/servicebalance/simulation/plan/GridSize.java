package io.servicebalance.simulation.plan;

import java.util.Map;

/**
 * How much work a scenario asks for, counted from its axes without expanding the grid: policies (the product of the
 * axes' lengths, saturating at {@link Long#MAX_VALUE}), replications, and steps (one step is one replication of one
 * policy, the historical policy included).
 */
public record GridSize(long policies, int replications) {

    public static GridSize of(Scenario scenario) {
        long policies = 1;
        Scenario.Grid grid = scenario.grid();
        if (grid != null) {
            if (grid.agents() != null) {
                for (Scenario.StaffingAxis axis : grid.agents().values()) {
                    policies = times(policies, axis == null ? 0 : axis.scale() != null ? axis.scale().size()
                            : axis.schedules() == null ? 0 : axis.schedules().size());
                }
            }
            if (grid.priority() != null && !grid.priority().isEmpty()) {
                policies = times(policies, grid.priority().size());
            }
            if (grid.tierTargetSeconds() != null) {
                for (Map<String, java.util.List<Double>> byChannel : grid.tierTargetSeconds().values()) {
                    for (java.util.List<Double> values : byChannel == null ? Map.<String, java.util.List<Double>>of()
                            .values() : byChannel.values()) {
                        policies = times(policies, values == null ? 0 : values.size());
                    }
                }
            }
        }
        return new GridSize(policies, Scenario.Defaults.replications(scenario));
    }

    /** Replications of every policy of the grid and of the historical policy. */
    public long steps() {
        return times(policies == Long.MAX_VALUE ? policies : policies + 1, replications);
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
