package io.servicebalance.simulation.policy;

/** The order in which waiting contacts are taken by a free agent. Never preemptive. */
public enum Discipline {
    /** First come, first served, whatever the tier. */
    FIFO,
    /** The first tier in the policy's tier order that has someone waiting; FIFO within a tier. */
    TIER_STRICT,
    /** The highest tier weight + seconds waited x ageing rate; so a long wait lifts any tier. */
    TIER_AGING
}
