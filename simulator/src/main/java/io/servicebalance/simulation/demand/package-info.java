/** Demand what-ifs: a recorded trace transformed (volume, handle time, channel moves, a horizon) before planning. */
package io.servicebalance.simulation.demand;
