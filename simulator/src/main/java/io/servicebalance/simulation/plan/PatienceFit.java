package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.trace.Trace;
import java.util.EnumMap;
import java.util.Map;

/**
 * Patience estimated from history with censoring: an abandoned contact shows its patience exactly, an answered one
 * only that patience exceeded its wait. For exponential patience the maximum-likelihood mean is (sum of all observed
 * waits, abandoned and censored) / (number abandoned). Per channel, and per tier where a tier has at least
 * {@value #MIN_ABANDONS_PER_TIER} abandons.
 */
public final class PatienceFit {

    static final int MIN_ABANDONS_PER_TIER = 30;

    private PatienceFit() {
    }

    public static PatienceModel fit(Trace trace) {
        int channels = Channel.values().length;
        int tiers = ServiceTier.values().length;
        double[][] exposure = new double[channels][tiers];
        int[][] abandons = new int[channels][tiers];
        for (int i = 0; i < trace.size(); i++) {
            double p = trace.patienceSeconds(i);
            if (Double.isNaN(p)) {
                continue;
            }
            exposure[trace.channel(i).ordinal()][trace.tierIndex(i)] += p;
            abandons[trace.channel(i).ordinal()][trace.tierIndex(i)] += trace.patienceIsLowerBound(i) ? 0 : 1;
        }
        Map<Channel, Double> means = new EnumMap<>(Channel.class);
        Map<Channel, Map<ServiceTier, Double>> tierMeans = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            if (!PatienceModel.abandons(c)) {
                continue;
            }
            double total = 0;
            int count = 0;
            for (ServiceTier t : ServiceTier.values()) {
                total += exposure[c.ordinal()][t.ordinal()];
                count += abandons[c.ordinal()][t.ordinal()];
                if (abandons[c.ordinal()][t.ordinal()] >= MIN_ABANDONS_PER_TIER) {
                    tierMeans.computeIfAbsent(c, k -> new EnumMap<>(ServiceTier.class))
                            .put(t, exposure[c.ordinal()][t.ordinal()] / abandons[c.ordinal()][t.ordinal()]);
                }
            }
            if (count > 0) {
                means.put(c, total / count);
            }
        }
        return new PatienceModel(means, tierMeans);
    }
}
