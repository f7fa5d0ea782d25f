package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.staffing.StaffingOptimiser;
import java.util.Map;

/**
 * How much work a scenario asks for, counted from its axes without expanding the grid: policies (the product of the
 * axes' lengths, a list of service-level targets being one axis per channel, or one axis for all of them with
 * {@code staffing.targets} "together"; saturating at {@link Long#MAX_VALUE}),
 * replications, and steps (one step is one replication of one policy, the historical policy included). Optimising
 * staffing adds, per channel and service-level target, at most {@link StaffingOptimiser#MAX_EVALUATIONS} simulated
 * evaluations of {@link Scenario.Defaults#optimiseReplications} replications of that channel, plus one of the
 * historical staffing per optimised channel: each such replication is counted as a step (it replays one channel,
 * a step all of them, so the count errs high).
 *
 * @param optimisations     channel and target pairs to optimise staffing for
 * @param optimisationRuns  replications the optimisations may simulate, at most
 */
public record GridSize(long policies, int replications, long optimisations, long optimisationRuns) {

    public GridSize(long policies, int replications) {
        this(policies, replications, 0, 0);
    }

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
            if (grid.serviceLevelTargets() != null) {
                long optimisations = 0;
                int together = 0;
                for (java.util.List<Double> targets : grid.serviceLevelTargets().values()) {
                    int n = targets == null ? 0 : targets.size();
                    policies = Scenario.Defaults.targetsTogether(scenario) ? policies : times(policies, n);
                    together = Math.max(together, n);
                    optimisations += n;
                }
                policies = Scenario.Defaults.targetsTogether(scenario) ? times(policies, together) : policies;
                long perEvaluation = Scenario.Defaults.optimiseReplications(scenario);
                long runs = times(times(optimisations, StaffingOptimiser.MAX_EVALUATIONS), perEvaluation);
                runs = runs == Long.MAX_VALUE ? runs : runs + times(grid.serviceLevelTargets().size(), perEvaluation);
                return new GridSize(policies, Scenario.Defaults.replications(scenario), optimisations, runs);
            }
        }
        return new GridSize(policies, Scenario.Defaults.replications(scenario));
    }

    /** Replications of every policy of the grid and of the historical policy. */
    public long steps() {
        long replay = times(policies == Long.MAX_VALUE ? policies : policies + 1, replications);
        return replay == Long.MAX_VALUE || optimisationRuns == Long.MAX_VALUE ? Long.MAX_VALUE
                : plus(replay, optimisationRuns);
    }

    private static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
