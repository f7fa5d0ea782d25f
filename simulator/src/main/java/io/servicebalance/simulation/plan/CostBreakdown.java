package io.servicebalance.simulation.plan;

/**
 * Every cost component of one policy over the planning window, in the scenario's currency (docs/planning.md,
 * "Costs").
 *
 * @param staff          agent cost: agents x hours x cost per hour / (1 - shrinkage)
 * @param perContact     cost per handled contact
 * @param abandons       cost per abandoned contact
 * @param slaPenalty     penalty per contact answered later than its tier's target (and per abandon only when the
 *                       scenario says {@code costs.slaPenaltyOnAbandon})
 * @param churn          churn attributable to the policy: (P(churn) under it - P(churn) with no bad experience) x
 *                       (customer value over the horizon + acquisition cost), summed over customers
 * @param baselineChurn  P(churn) with no bad experience x the same: churn no policy removes; reported apart, in no
 *                       total
 */
public record CostBreakdown(Estimate staff, Estimate perContact, Estimate abandons, Estimate slaPenalty,
                            Estimate churn, Estimate baselineChurn) {

    /** Components without a baseline churn (zero). */
    public CostBreakdown(Estimate staff, Estimate perContact, Estimate abandons, Estimate slaPenalty, Estimate churn) {
        this(staff, perContact, abandons, slaPenalty, churn, new Estimate(0, 0));
    }
}
