/** Service-level policies the simulator replays a trace under: staffing, queue discipline, targets, patience. */
package io.servicebalance.simulation.policy;
