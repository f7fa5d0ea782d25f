package io.servicebalance.simulation.plan;

/**
 * Every cost component of one policy over the planning window, in the scenario's currency.
 *
 * @param staff       agent cost: agents x hours x cost per hour / (1 - shrinkage)
 * @param perContact  cost per handled contact
 * @param abandons    cost per abandoned contact
 * @param slaPenalty  penalty per contact answered later than its tier's target (or abandoned)
 * @param churn       churn probability x customer value, summed over customers
 */
public record CostBreakdown(Estimate staff, Estimate perContact, Estimate abandons, Estimate slaPenalty,
                            Estimate churn) {
}
