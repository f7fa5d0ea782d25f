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
import java.util.HashMap;
import java.util.Map;

/**
 * Prices one replication of one policy over the planning window. Service cost: agent-hours on duty x cost per hour /
 * (1 - shrinkage) plus a cost per handled contact. Cost of poor service: a cost per abandoned contact, an SLA penalty
 * per breached contact (answered after its tier's threshold, or abandoned) by tier, and churn: each customer's churn
 * probability given the abandons, long waits and unresolved complaints it experienced, times its value.
 */
final class CostModel {

    static final int STAFF = 0;
    static final int CONTACT = 1;
    static final int ABANDON = 2;
    static final int SLA = 3;
    static final int CHURN = 4;
    static final int SERVICE_LEVEL = 5;
    static final int TIER_SL = 6;
    static final int ABANDON_RATE = 10;
    static final int AGENTS = 11;
    static final int DECIDED_SERVICE_LEVEL = 12;
    static final int DECIDED_ABANDON_RATE = 13;
    static final int FIGURES = 14;

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

    double[] price(Outcomes outcomes, Policy policy) {
        double[] f = new double[FIGURES];
        staff(policy, f);
        int[] within = new int[ServiceTier.values().length];
        int[] offered = new int[ServiceTier.values().length];
        int[] abandons = new int[value.length];
        int[] longWaits = new int[value.length];
        int abandoned = 0;
        int[] decided = new int[3];
        for (int i = 0; i < trace.size(); i++) {
            decided(i, outcomes, policy, decided);
            Channel c = trace.channel(i);
            int tier = trace.tierIndex(i);
            double wait = outcomes.waitSeconds(i);
            offered[tier]++;
            if (outcomes.answered(i)) {
                f[CONTACT] += pricing.perContact(c);
                if (wait <= policy.thresholdSeconds(c, trace.tier(i))) {
                    within[tier]++;
                } else {
                    f[SLA] += pricing.slaPenalty(trace.tier(i));
                }
                longWaits[customerOf[i]] += wait > churn.longWaitSeconds(c) ? 1 : 0;
            } else {
                abandoned++;
                f[ABANDON] += pricing.perAbandoned(c);
                f[SLA] += pricing.slaPenalty(trace.tier(i));
                abandons[customerOf[i]]++;
            }
        }
        for (int c = 0; c < value.length; c++) {
            f[CHURN] += churn.probability(abandons[c], longWaits[c], unresolved[c]) * value[c];
        }
        serviceLevels(f, within, offered, abandoned);
        f[DECIDED_SERVICE_LEVEL] = (double) decided[1] / decided[0];
        f[DECIDED_ABANDON_RATE] = (double) decided[2] / decided[0];
        return f;
    }

    /**
     * Counts, over contacts whose outcome the history records (known patience), the offered, answered within target
     * and abandoned: the figures the replay of the historical policy is checked against.
     */
    private void decided(int i, Outcomes outcomes, Policy policy, int[] counts) {
        if (Double.isNaN(trace.patienceSeconds(i))) {
            return;
        }
        counts[0]++;
        if (outcomes.answered(i)) {
            counts[1] += outcomes.waitSeconds(i) <= policy.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
        } else {
            counts[2]++;
        }
    }

    private void staff(Policy policy, double[] f) {
        double hours = java.time.Duration.between(from, to).toMillis() / 3_600_000.0;
        for (Map.Entry<Channel, StaffingSchedule> e : policy.staffing().entrySet()) {
            double agentHours = e.getValue().agentHours(from, to, zone);
            f[STAFF] += agentHours * pricing.agentPerHour(e.getKey()) / (1 - pricing.shrinkage(e.getKey()));
            f[AGENTS] += agentHours / hours;
        }
    }

    private void serviceLevels(double[] f, int[] within, int[] offered, int abandoned) {
        int allWithin = 0;
        int all = 0;
        for (int t = 0; t < within.length; t++) {
            f[TIER_SL + t] = offered[t] == 0 ? Double.NaN : (double) within[t] / offered[t];
            allWithin += within[t];
            all += offered[t];
        }
        f[SERVICE_LEVEL] = (double) allWithin / all;
        f[ABANDON_RATE] = (double) abandoned / all;
    }
}
