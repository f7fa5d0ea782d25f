package io.servicebalance.simulation.plan;

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
 * @param churn               churn probability x customer value, summed over the customers who got in touch
 * @param serviceLevel        contacts answered within their target / offered
 * @param serviceLevelByTier  the same per tier (tiers with no contact left out)
 * @param abandonRate         abandoned / offered
 * @param agents              mean agents on duty over the window, all channels
 * @param decidedServiceLevel service level over the contacts whose outcome the history records
 * @param decidedAbandonRate  abandon rate over the same contacts
 */
record PricedReplication(double staff, double perContact, double abandons, double slaPenalty, double churn,
                         double serviceLevel, Map<ServiceTier, Double> serviceLevelByTier, double abandonRate,
                         double agents, double decidedServiceLevel, double decidedAbandonRate) {

    PricedReplication {
        serviceLevelByTier = Map.copyOf(serviceLevelByTier);
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
