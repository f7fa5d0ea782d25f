package io.servicebalance.simulation.plan;

/**
 * One channel's figures under a policy, over replications: what a planner reads per channel.
 *
 * @param offered         contacts offered on the channel (the same in every replication of a replayed history)
 * @param serviceLevel    answered within their tier's target / offered; abandons count as failures
 * @param asaSeconds      average speed of answer: mean wait of answered contacts
 * @param abandonRate     abandoned / offered
 * @param occupancy       busy agent time / staffed agent time
 * @param costPerContact  the channel's service cost (staff and per-contact cost) / offered contacts
 */
public record ChannelFigures(double offered, Estimate serviceLevel, Estimate asaSeconds, Estimate abandonRate,
                            Estimate occupancy, Estimate costPerContact) {
}
