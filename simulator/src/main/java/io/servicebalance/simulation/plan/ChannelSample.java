package io.servicebalance.simulation.plan;

/**
 * One channel's figures in one priced replication.
 *
 * @param offered       contacts received on the channel
 * @param serviceLevel  answered within their tier's target / offered
 * @param asaSeconds    mean wait of answered contacts (NaN when none was answered)
 * @param abandonRate   abandoned / offered
 * @param occupancy     busy agent time / staffed agent time, as the engine measured it
 * @param serviceCost   the channel's staff cost and per-contact cost
 */
record ChannelSample(double offered, double serviceLevel, double asaSeconds, double abandonRate, double occupancy,
                     double serviceCost) {

    /** Service cost per offered contact (NaN when nothing was offered). */
    double costPerContact() {
        return offered == 0 ? Double.NaN : serviceCost / offered;
    }
}
