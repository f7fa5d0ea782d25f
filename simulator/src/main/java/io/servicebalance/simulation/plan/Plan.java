package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.policy.PatienceModel;
import java.time.Instant;
import java.util.List;

/**
 * Everything a plan found: the priced policies, how each compares with the historical policy, the recorded figures
 * the replay is checked against, and the models it used.
 *
 * @param relations             per policy (grid order), its relation to the historical policy (DOMAIN.md): service
 *                              level against service (operating) cost
 * @param decided               contacts whose outcome (answered or abandoned) the history records; the others were
 *                              still waiting when it ends
 * @param recordedServiceLevel  answered within target / decided contacts, as recorded in the history
 * @param recordedAbandonRate   abandoned / decided contacts, as recorded
 * @param replayedServiceLevel  the same figure over the same contacts, replayed under the historical policy
 * @param replayedAbandonRate   likewise
 * @param totalCostRelations    per policy (grid order), its total cost against the historical policy's: "lower total
 *                              cost", "the same total cost" or "higher total cost" (paired 95% CI)
 * @param intervals             per channel and hour of the day, the balance point's and the historical policy's
 *                              figures (null when not measured)
 * @param staffing              staffing optimised per interval, when the scenario asks for it (else empty)
 * @param uncertainty           what the replications varied (the scenario's {@code uncertainty} with its defaults)
 */
public record Plan(PlanResult result, Instant from, Instant to, int contacts, List<String> relations, int decided,
                   double recordedServiceLevel, double recordedAbandonRate, Estimate replayedServiceLevel,
                   Estimate replayedAbandonRate, PatienceModel patience,
                   ChurnCoefficients churnCoefficients, String churnMethod, List<String> warnings,
                   List<String> totalCostRelations, Intervals intervals, StaffingPlan staffing,
                   Scenario.UncertaintySpec uncertainty) {

    /** This plan with its per-interval figures. */
    Plan withIntervals(Intervals measured) {
        return new Plan(result, from, to, contacts, relations, decided, recordedServiceLevel, recordedAbandonRate,
                replayedServiceLevel, replayedAbandonRate, patience, churnCoefficients, churnMethod, warnings,
                totalCostRelations, measured, staffing, uncertainty);
    }

    /** This plan with the staffing it optimised per interval. */
    Plan withStaffing(StaffingPlan optimised) {
        return new Plan(result, from, to, contacts, relations, decided, recordedServiceLevel, recordedAbandonRate,
                replayedServiceLevel, replayedAbandonRate, patience, churnCoefficients, churnMethod, warnings,
                totalCostRelations, intervals, optimised, uncertainty);
    }
}
