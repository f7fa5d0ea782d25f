package io.servicebalance.simulation;

/**
 * What varies from one replication to the next besides patience: the arrivals (each day replaced by a recorded day
 * drawn with replacement, see {@link io.servicebalance.simulation.engine.SamplePaths}) and the handle times (drawn with
 * replacement from the channel's recorded ones). {@link #RECORDED} replays the one recorded sample path, as a check
 * against history or against queueing theory wants; {@link #HONEST} is what a plan's confidence intervals need.
 */
public record Uncertainty(boolean bootstrapDays, boolean resampleHandles) {

    public static final Uncertainty RECORDED = new Uncertainty(false, false);
    public static final Uncertainty HONEST = new Uncertainty(true, true);
}
