package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.SimulationResult;

/**
 * Per channel and hour of the day (the run's zone, by arrival), the service level, ASA, abandon rate and occupancy of
 * the balance point and of the historical policy, as the engine measures them over the same replications (every
 * abandon counts against the service level here, short ones included).
 */
public record Intervals(SimulationResult balancePoint, SimulationResult historical) {
}
