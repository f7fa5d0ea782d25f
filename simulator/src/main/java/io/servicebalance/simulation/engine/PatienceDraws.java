package io.servicebalance.simulation.engine;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.trace.Trace;
import java.util.SplittableRandom;

/**
 * Each contact's patience for one replication: as recorded when the trace knows it exactly; otherwise drawn from the
 * channel's exponential model (for "at least X", X plus a fresh exponential: the memoryless conditional draw); +infinity
 * when the channel never abandons or has no model. One uniform is taken per contact whatever its case, so a contact's
 * draw depends only on the seed, the replication and its position in the replication's sample path: never on the
 * policy.
 */
public final class PatienceDraws {

    private PatienceDraws() {
    }

    public static double[] draw(Trace trace, ChannelTrace channel, PatienceModel model, long seed, int replication) {
        int n = channel.size();
        double[] patience = new double[n];
        SplittableRandom random = RandomStreams.stream(seed, replication, channel.channel.ordinal(),
                RandomStreams.PATIENCE);
        boolean abandons = PatienceModel.abandons(channel.channel);
        ServiceTier[] tiers = ServiceTier.values();
        double[] means = new double[tiers.length];
        for (ServiceTier t : tiers) {
            Double mean = model.mean(channel.channel, t);
            means[t.ordinal()] = mean == null ? Double.NaN : mean;
        }
        for (int j = 0; j < n; j++) {
            double u = random.nextDouble();
            int i = channel.row[j];
            double known = trace.patienceSeconds(i);
            double mean = means[channel.tier[j]];
            if (!abandons) {
                patience[j] = Double.POSITIVE_INFINITY;
            } else if (!Double.isNaN(known) && !trace.patienceIsLowerBound(i)) {
                patience[j] = known;
            } else if (Double.isNaN(mean)) {
                patience[j] = Double.POSITIVE_INFINITY;
            } else {
                double drawn = -mean * Math.log1p(-u);
                patience[j] = Double.isNaN(known) ? drawn : known + drawn;
            }
        }
        return patience;
    }
}
