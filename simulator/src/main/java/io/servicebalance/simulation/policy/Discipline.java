package io.servicebalance.simulation.policy;

/** The order in which waiting contacts are taken by a free agent. Never preemptive. */
public enum Discipline {
    /** First come, first served, whatever the tier. */
    FIFO,
    /** The first tier in the policy's tier order that has someone waiting; FIFO within a tier. */
    TIER_STRICT,
    /** The highest tier weight + seconds waited x ageing rate; so a long wait lifts any tier. */
    TIER_AGING,
    /**
     * Targets route: least slack first. A waiting contact is due at its tier's service-level threshold
     * ({@link Policy#thresholdSeconds}); once past a tier target tighter than the channel's, it is due at the
     * channel's threshold, like any other tier. The contact nearest to its due time among those not yet past it is
     * taken first; only when every waiting contact is past its last target, the one furthest past it. A tighter tier
     * target moves that tier's contacts forward; contacts that have missed every target wait behind those that can
     * still make theirs.
     */
    TIER_TARGET
}
