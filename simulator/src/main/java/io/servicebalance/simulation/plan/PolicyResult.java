package io.servicebalance.simulation.plan;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Policy;
import java.util.Map;

/**
 * One policy of a sweep, priced.
 *
 * @param label               short human label, e.g. "PHONE 14, TIER_STRICT, PREMIUM 10s"
 * @param agents              mean agents on duty across all channels (staffing axis of the charts)
 * @param serviceLevel        all contacts answered within their target / offered
 * @param serviceLevelByTier  the same per tier
 * @param serviceCost         staff + per-contact cost
 * @param poorServiceCost     abandons + SLA penalties + churn
 * @param totalCost           service cost + cost of poor service
 * @param balancePoint        the lowest expected total cost of the sweep (exactly one policy)
 * @param indistinguishable   total cost not significantly different from the balance point's (paired 95% CI)
 * @param dominated           another policy has at least its service level for at most its total cost, one of them
 *                            strictly
 * @param figures             per-channel figures, cost per contact and service productivity
 */
public record PolicyResult(int index, Policy policy, String label, double agents, Estimate serviceLevel,
                           Map<ServiceTier, Estimate> serviceLevelByTier, Estimate abandonRate, Estimate serviceCost,
                           Estimate poorServiceCost, Estimate totalCost, CostBreakdown costs, boolean balancePoint,
                           boolean indistinguishable, boolean dominated, ServiceFigures figures) {

    /** A result without service figures ({@link ServiceFigures#NONE}). */
    public PolicyResult(int index, Policy policy, String label, double agents, Estimate serviceLevel,
                        Map<ServiceTier, Estimate> serviceLevelByTier, Estimate abandonRate, Estimate serviceCost,
                        Estimate poorServiceCost, Estimate totalCost, CostBreakdown costs, boolean balancePoint,
                        boolean indistinguishable, boolean dominated) {
        this(index, policy, label, agents, serviceLevel, serviceLevelByTier, abandonRate, serviceCost, poorServiceCost,
                totalCost, costs, balancePoint, indistinguishable, dominated, ServiceFigures.NONE);
    }
}
