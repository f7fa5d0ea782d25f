package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.policy.PatienceModel;
import java.time.Instant;
import java.util.List;

/**
 * Everything a plan found: the priced policies, how each compares with the historical policy, the recorded figures
 * the replay is checked against, and the models it used.
 *
 * @param relations             per policy (grid order), its relation to the historical policy (DOMAIN.md)
 * @param recordedServiceLevel  answered within target / offered, as recorded in the history
 * @param recordedAbandonRate   abandoned / offered, as recorded
 */
public record Plan(PlanResult result, Instant from, Instant to, int contacts, List<String> relations,
                   double recordedServiceLevel, double recordedAbandonRate, PatienceModel patience,
                   double[] churnCoefficients, String churnMethod, List<String> warnings) {
}
