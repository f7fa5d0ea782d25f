package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.trace.Trace;

/**
 * What the history itself recorded, for the faithfulness check: over the contacts whose outcome it records (short
 * abandons excepted), the share answered within the historical policy's target and the share abandoned.
 *
 * @param decided contacts answered or abandoned (after at least the short-abandon limit)
 */
record RecordedOutcomes(int decided, double serviceLevel, double abandonRate) {

    static RecordedOutcomes of(Trace trace, Policy historical, double shortAbandonSeconds) {
        int decided = 0;
        int within = 0;
        int abandoned = 0;
        for (int i = 0; i < trace.size(); i++) {
            double p = trace.patienceSeconds(i);
            boolean answered = trace.patienceIsLowerBound(i);
            if (Double.isNaN(p) || (!answered && p < shortAbandonSeconds)) {
                continue;
            }
            decided++;
            within += answered && p <= historical.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
            abandoned += answered ? 0 : 1;
        }
        return new RecordedOutcomes(decided, (double) within / decided, (double) abandoned / decided);
    }
}
