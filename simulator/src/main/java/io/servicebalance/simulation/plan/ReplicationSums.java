package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.EnumMap;
import java.util.Map;

/** What {@link CostModel} adds up over one replication, contact by contact: per tier, per channel, per customer. */
final class ReplicationSums {

    private static final int TIERS = ServiceTier.values().length;
    private static final int CHANNELS = Channel.values().length;

    final int[] abandons;
    final int[] longWaits;
    final int[] decided = new int[3];
    private final int[] tierWithin = new int[TIERS];
    private final int[] tierOffered = new int[TIERS];
    private final int[] offered = new int[CHANNELS];
    private final int[] within = new int[CHANNELS];
    private final int[] answered = new int[CHANNELS];
    private final int[] abandoned = new int[CHANNELS];
    private final double[] waited = new double[CHANNELS];
    private final double[] contactCost = new double[CHANNELS];
    private double abandonCost;
    private double sla;

    ReplicationSums(int customers) {
        abandons = new int[customers];
        longWaits = new int[customers];
    }

    void answered(Channel c, ServiceTier t, double wait, boolean inTime, double perContact, double penalty) {
        offered(c, t);
        answered[c.ordinal()]++;
        waited[c.ordinal()] += wait;
        contactCost[c.ordinal()] += perContact;
        if (inTime) {
            within[c.ordinal()]++;
            tierWithin[t.ordinal()]++;
        } else {
            sla += penalty;
        }
    }

    void abandoned(Channel c, ServiceTier t, double perAbandon, double penalty) {
        offered(c, t);
        abandoned[c.ordinal()]++;
        abandonCost += perAbandon;
        sla += penalty;
    }

    private void offered(Channel c, ServiceTier t) {
        offered[c.ordinal()]++;
        tierOffered[t.ordinal()]++;
    }

    /**
     * The priced replication.
     *
     * @param staff      staff cost per channel
     * @param occupancy  occupancy per channel, as the engine measured it
     */
    PricedReplication priced(Map<Channel, Double> staff, Map<Channel, Double> occupancy, double agents,
                             ChurnSums churn) {
        Map<ServiceTier, Double> byTier = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : ServiceTier.values()) {
            if (tierOffered[t.ordinal()] > 0) {
                byTier.put(t, (double) tierWithin[t.ordinal()] / tierOffered[t.ordinal()]);
            }
        }
        Map<Channel, ChannelSample> channels = new EnumMap<>(Channel.class);
        int all = 0;
        int allWithin = 0;
        int allAbandoned = 0;
        double staffCost = 0;
        double perContact = 0;
        for (Channel c : Channel.values()) {
            int i = c.ordinal();
            double channelStaff = staff.getOrDefault(c, 0.0);
            if (offered[i] > 0 || channelStaff > 0) {
                channels.put(c, new ChannelSample(offered[i], ratio(within[i], offered[i]),
                        answered[i] == 0 ? Double.NaN : waited[i] / answered[i], ratio(abandoned[i], offered[i]),
                        occupancy.getOrDefault(c, Double.NaN), channelStaff + contactCost[i]));
            }
            all += offered[i];
            allWithin += within[i];
            allAbandoned += abandoned[i];
            staffCost += channelStaff;
            perContact += contactCost[i];
        }
        return new PricedReplication(staffCost, perContact, abandonCost, sla, churn.attributable(), churn.baseline(),
                ratio(allWithin, all), byTier, ratio(allAbandoned, all), agents, ratio(decided[1], decided[0]),
                ratio(decided[2], decided[0]), channels, churn.valueRetained(), all);
    }

    private static double ratio(int a, int b) {
        return (double) a / b;
    }

    /**
     * Churn over the customers who got in touch, in the scenario's currency.
     *
     * @param attributable   (P under the policy - P with no bad experience) x what losing the customer costs
     * @param baseline       P with no bad experience x the same
     * @param valueRetained  (1 - P under the policy) x the customer's value over the horizon
     */
    record ChurnSums(double attributable, double baseline, double valueRetained) {
    }
}
