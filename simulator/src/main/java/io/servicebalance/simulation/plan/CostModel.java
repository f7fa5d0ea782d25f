package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Prices one replication of one policy over the planning window (docs/planning.md, "Costs"). Service cost: agent-hours
 * on duty x cost per hour / (1 - shrinkage) plus a cost per handled contact. Cost of poor service: a cost per abandoned
 * contact, an SLA penalty per contact answered after its tier's threshold (and per abandon only when the scenario says
 * {@code slaPenaltyOnAbandon}; short abandons, misdials by the SLA definition, are left out of service figures and
 * costs but count for churn as the churn model was fitted on them), and the churn attributable to the policy: per customer who got in touch, P(churn)
 * under the policy minus P(churn) with no bad experience, times what losing the customer costs (its value over the
 * horizon plus the acquisition cost). The churn a customer would show without any bad experience is the baseline,
 * the same under every policy, priced apart and left out of the totals.
 */
final class CostModel {

    private final Trace trace;
    private final Pricing pricing;
    private final ChurnModel churn;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final double shortAbandonSeconds;
    private final int[] customerOf;
    private final double[] value;
    private final double[] loss;
    private final int[] unresolved;

    CostModel(RecordedHistory history, Pricing pricing, CustomerValues values, ChurnModel churn, Instant from,
              Instant to, ZoneId zone, double shortAbandonSeconds) {
        this.shortAbandonSeconds = shortAbandonSeconds;
        this.trace = history.trace();
        this.pricing = pricing;
        this.churn = churn;
        this.from = from;
        this.to = to;
        this.zone = zone;
        Map<String, Integer> index = new HashMap<>();
        customerOf = new int[trace.size()];
        for (int i = 0; i < trace.size(); i++) {
            customerOf[i] = index.computeIfAbsent(trace.customerId(i), k -> index.size());
        }
        value = new double[index.size()];
        loss = new double[index.size()];
        unresolved = new int[index.size()];
        index.forEach((id, c) -> {
            CustomerFacts facts = history.customers().get(id);
            value[c] = values.of(facts);
            loss[c] = value[c] + pricing.acquisitionCost();
            unresolved[c] = facts == null ? 0 : facts.unresolvedComplaints();
        });
    }

    /** @param occupancy occupancy per channel, as the engine measured it in this replication */
    PricedReplication price(Outcomes outcomes, Policy policy, Map<Channel, Double> occupancy) {
        return price(outcomes, policy, occupancy, churn.coefficients());
    }

    /**
     * As {@link #price(Outcomes, Policy, Map)}, with the churn coefficients of this replication (see
     * {@link ChurnModel#coefficients(boolean, long, int)}).
     *
     * @param outcomes one replication's outcomes, by position on its sample path (a resampled path repeats rows)
     */
    PricedReplication price(Outcomes outcomes, Policy policy, Map<Channel, Double> occupancy,
                            ChurnCoefficients churnCoefficients) {
        ReplicationSums sums = new ReplicationSums(value.length);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = outcomes.traceRow(k);
            decided(k, i, outcomes, policy, sums.decided);
            Channel c = trace.channel(i);
            ServiceTier tier = trace.tier(i);
            double wait = outcomes.waitSeconds(k);
            if (outcomes.answered(k)) {
                sums.answered(c, tier, wait, wait <= policy.thresholdSeconds(c, tier), pricing.perContact(c),
                        pricing.slaPenalty(tier));
                sums.longWaits[customerOf[i]] += wait > churn.longWaitSeconds(c) ? 1 : 0;
            } else {
                if (wait >= shortAbandonSeconds) {
                    sums.abandoned(c, tier, pricing.perAbandoned(c),
                            pricing.slaPenaltyOnAbandon() ? pricing.slaPenalty(tier) : 0);
                }
                sums.abandons[customerOf[i]]++;
            }
        }
        return sums.priced(staff(policy), occupancy, agents(policy), churn(sums, churnCoefficients));
    }

    private ReplicationSums.ChurnSums churn(ReplicationSums sums, ChurnCoefficients coefficients) {
        double attributable = 0;
        double baseline = 0;
        double retained = 0;
        double unharmed = coefficients.probability(0, 0, 0);
        for (int c = 0; c < value.length; c++) {
            double p = coefficients.probability(sums.abandons[c], sums.longWaits[c], unresolved[c]);
            attributable += (p - unharmed) * loss[c];
            baseline += unharmed * loss[c];
            retained += (1 - p) * value[c];
        }
        return new ReplicationSums.ChurnSums(attributable, baseline, retained);
    }

    /**
     * Counts, over contacts whose outcome the history records (known patience), the offered, answered within target
     * and abandoned: the figures the replay of the historical policy is checked against.
     */
    private void decided(int k, int i, Outcomes outcomes, Policy policy, int[] counts) {
        if (Double.isNaN(trace.patienceSeconds(i))
                || (!outcomes.answered(k) && outcomes.waitSeconds(k) < shortAbandonSeconds)) {
            return;
        }
        counts[0]++;
        if (outcomes.answered(k)) {
            counts[1] += outcomes.waitSeconds(k) <= policy.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
        } else {
            counts[2]++;
        }
    }

    /** Staff cost per channel. */
    private Map<Channel, Double> staff(Policy policy) {
        Map<Channel, Double> cost = new EnumMap<>(Channel.class);
        for (Map.Entry<Channel, StaffingSchedule> e : policy.staffing().entrySet()) {
            cost.put(e.getKey(), e.getValue().agentHours(from, to, zone) * pricing.agentPerHour(e.getKey())
                    / (1 - pricing.shrinkage(e.getKey())));
        }
        return cost;
    }

    /** Mean agents on duty over the window, all channels together. */
    private double agents(Policy policy) {
        double hours = java.time.Duration.between(from, to).toMillis() / 3_600_000.0;
        double agentHours = 0;
        for (StaffingSchedule s : policy.staffing().values()) {
            agentHours += s.agentHours(from, to, zone);
        }
        return agentHours / hours;
    }
}
