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
 * Prices one replication of one policy over the planning window. Service cost: agent-hours on duty x cost per hour /
 * (1 - shrinkage) plus a cost per handled contact. Cost of poor service: a cost per abandoned contact, an SLA penalty
 * per breached contact (answered after its tier's threshold, or abandoned) by tier, and churn: each customer's churn
 * probability given the abandons, long waits and unresolved complaints it experienced, times its value.
 */
final class CostModel {

    private final Trace trace;
    private final Pricing pricing;
    private final ChurnModel churn;
    private final Instant from;
    private final Instant to;
    private final ZoneId zone;
    private final int[] customerOf;
    private final double[] value;
    private final int[] unresolved;

    CostModel(RecordedHistory history, Pricing pricing, ChurnModel churn, Instant from, Instant to, ZoneId zone) {
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
        unresolved = new int[index.size()];
        index.forEach((id, c) -> {
            CustomerFacts facts = history.customers().get(id);
            value[c] = facts == null || facts.value() <= 0 ? pricing.defaultCustomerValue() : facts.value();
            unresolved[c] = facts == null ? 0 : facts.unresolvedComplaints();
        });
    }

    /** @param outcomes one replication's outcomes, by position on its sample path (a resampled path repeats rows) */
    PricedReplication price(Outcomes outcomes, Policy policy) {
        return price(outcomes, policy, churn.coefficients());
    }

    /**
     * As {@link #price(Outcomes, Policy)}, with the churn coefficients of this replication (see
     * {@link ChurnModel#coefficients(boolean, long, int)}).
     */
    PricedReplication price(Outcomes outcomes, Policy policy, ChurnCoefficients churnCoefficients) {
        Sums sums = new Sums(ServiceTier.values().length, value.length);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = outcomes.traceRow(k);
            decided(k, i, outcomes, policy, sums.decided);
            Channel c = trace.channel(i);
            int tier = trace.tierIndex(i);
            double wait = outcomes.waitSeconds(k);
            sums.offered[tier]++;
            if (outcomes.answered(k)) {
                sums.perContact += pricing.perContact(c);
                if (wait <= policy.thresholdSeconds(c, trace.tier(i))) {
                    sums.within[tier]++;
                } else {
                    sums.sla += pricing.slaPenalty(trace.tier(i));
                }
                sums.longWaits[customerOf[i]] += wait > churn.longWaitSeconds(c) ? 1 : 0;
            } else {
                sums.abandoned++;
                sums.abandonCost += pricing.perAbandoned(c);
                sums.sla += pricing.slaPenalty(trace.tier(i));
                sums.abandons[customerOf[i]]++;
            }
        }
        double churned = 0;
        for (int c = 0; c < value.length; c++) {
            churned += churnCoefficients.probability(sums.abandons[c], sums.longWaits[c], unresolved[c]) * value[c];
        }
        return sums.priced(staff(policy), agents(policy), churned);
    }

    /** What one replication adds up, contact by contact. */
    private static final class Sums {
        final int[] within;
        final int[] offered;
        final int[] abandons;
        final int[] longWaits;
        final int[] decided = new int[3];
        int abandoned;
        double perContact;
        double abandonCost;
        double sla;

        Sums(int tiers, int customers) {
            within = new int[tiers];
            offered = new int[tiers];
            abandons = new int[customers];
            longWaits = new int[customers];
        }

        PricedReplication priced(double staff, double agents, double churn) {
            Map<ServiceTier, Double> byTier = new EnumMap<>(ServiceTier.class);
            int allWithin = 0;
            int all = 0;
            for (ServiceTier t : ServiceTier.values()) {
                if (offered[t.ordinal()] > 0) {
                    byTier.put(t, (double) within[t.ordinal()] / offered[t.ordinal()]);
                }
                allWithin += within[t.ordinal()];
                all += offered[t.ordinal()];
            }
            return new PricedReplication(staff, perContact, abandonCost, sla, churn, (double) allWithin / all,
                    byTier, (double) abandoned / all, agents, (double) decided[1] / decided[0],
                    (double) decided[2] / decided[0]);
        }
    }

    /**
     * Counts, over contacts whose outcome the history records (known patience), the offered, answered within target
     * and abandoned: the figures the replay of the historical policy is checked against.
     */
    private void decided(int k, int i, Outcomes outcomes, Policy policy, int[] counts) {
        if (Double.isNaN(trace.patienceSeconds(i))) {
            return;
        }
        counts[0]++;
        if (outcomes.answered(k)) {
            counts[1] += outcomes.waitSeconds(k) <= policy.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
        } else {
            counts[2]++;
        }
    }

    private double staff(Policy policy) {
        double cost = 0;
        for (Map.Entry<Channel, StaffingSchedule> e : policy.staffing().entrySet()) {
            cost += e.getValue().agentHours(from, to, zone) * pricing.agentPerHour(e.getKey())
                    / (1 - pricing.shrinkage());
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
