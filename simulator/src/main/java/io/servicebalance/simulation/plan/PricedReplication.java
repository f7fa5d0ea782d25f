package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Map;

/**
 * One replication of one policy, priced: every cost component and service figure by name (in the scenario's
 * currency and as fractions). {@link PlanAnalysis} turns a policy's replications into {@link Estimate}s.
 *
 * @param staff               agent cost: agent-hours on duty x cost per hour / (1 - shrinkage)
 * @param perContact          cost per handled contact
 * @param abandons            cost per abandoned contact
 * @param slaPenalty          penalty per contact answered after its tier's target, or abandoned
 * @param churn               churn attributable to the policy: (P(churn) under it - P(churn) with no bad experience)
 *                            x what losing the customer costs, summed over the customers who got in touch
 * @param baselineChurn       P(churn) with no bad experience x the same: churn no policy removes, outside the totals
 * @param serviceLevel        contacts answered within their target / offered
 * @param serviceLevelByTier  the same per tier (tiers with no contact left out)
 * @param abandonRate         abandoned / offered
 * @param agents              mean agents on duty over the window, all channels
 * @param decidedServiceLevel service level over the contacts whose outcome the history records
 * @param decidedAbandonRate  abandon rate over the same contacts
 * @param channels            the figures of each channel that had contacts or staff
 * @param valueRetained       (1 - P(churn) under the policy) x value over the horizon, summed over customers
 * @param offered             contacts offered, all channels
 */
record PricedReplication(double staff, double perContact, double abandons, double slaPenalty, double churn,
                         double baselineChurn,
                         double serviceLevel, Map<ServiceTier, Double> serviceLevelByTier, double abandonRate,
                         double agents, double decidedServiceLevel, double decidedAbandonRate,
                         Map<Channel, ChannelSample> channels, double valueRetained, double offered) {

    PricedReplication {
        serviceLevelByTier = Map.copyOf(serviceLevelByTier);
        channels = Map.copyOf(channels);
    }

    /** Service cost per offered contact. */
    double costPerContact() {
        return serviceCost() / offered;
    }

    /** Value retained per unit of service cost (DOMAIN.md's service productivity). */
    double serviceProductivity() {
        return valueRetained / serviceCost();
    }

    /** A figure of {@code channel}, NaN when the channel had neither contacts nor staff. */
    double channel(Channel channel, java.util.function.ToDoubleFunction<ChannelSample> figure) {
        ChannelSample c = channels.get(channel);
        return c == null ? Double.NaN : figure.applyAsDouble(c);
    }

    /** Operating cost: staff and per-contact cost. */
    double serviceCost() {
        return staff + perContact;
    }

    /** Cost of poor service: abandons, SLA penalties and churn. */
    double poorServiceCost() {
        return abandons + slaPenalty + churn;
    }

    double totalCost() {
        return serviceCost() + poorServiceCost();
    }

    /** The service level of {@code tier}, NaN when it had no contact. */
    double serviceLevelOf(ServiceTier tier) {
        return serviceLevelByTier.getOrDefault(tier, Double.NaN);
    }
}
