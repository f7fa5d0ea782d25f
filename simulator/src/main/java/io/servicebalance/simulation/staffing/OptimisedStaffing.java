package io.servicebalance.simulation.staffing;

import java.util.List;

/**
 * The fewest agents per interval found for one {@link StaffingTarget}, with the simulated figures of that staffing.
 *
 * @param erlangAgents  the Erlang A (Erlang C without abandonment) start per cell, occupancy cap included
 * @param capBinding    cells where the occupancy cap asked for more agents than Erlang did
 * @param simulations   replications of the channel simulated to get here
 * @param warnings      what a planner should know (cap binding, cells left below target)
 */
public record OptimisedStaffing(StaffingTarget target, IntervalFigures figures, int[] erlangAgents, int capBinding,
                                int simulations, List<String> warnings) {

    public OptimisedStaffing {
        warnings = List.copyOf(warnings);
    }
}
