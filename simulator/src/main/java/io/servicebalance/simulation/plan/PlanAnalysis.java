package io.servicebalance.simulation.plan;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * From priced replications to a plan: estimates with 95% confidence intervals, the balance point (lowest expected
 * total cost), the policies statistically indistinguishable from it (paired differences on common random numbers),
 * dominance, and each policy's relation to the historical one. The historical policy is the last in the list.
 */
final class PlanAnalysis {

    private final Scenario scenario;
    private final List<Policy> policies;
    private final double[][][] figures;
    private final long seed;
    private final int historical;

    PlanAnalysis(Scenario scenario, List<Policy> policies, double[][][] figures, long seed) {
        this.scenario = scenario;
        this.policies = policies;
        this.figures = figures;
        this.seed = seed;
        this.historical = policies.size() - 1;
    }

    Plan plan(RecordedHistory history, Instant from, Instant to, PatienceModel patience, ChurnModel churn,
              List<String> warnings) {
        int best = 0;
        for (int p = 1; p < historical; p++) {
            best = mean(p, Figures::total) < mean(best, Figures::total) ? p : best;
        }
        List<PolicyResult> results = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (int p = 0; p < historical; p++) {
            results.add(result(p, p == best, same(p, best, Figures::total), dominated(p)));
            relations.add(relation(p));
        }
        PlanResult result = new PlanResult(scenario.name(), Scenario.Defaults.currency(scenario),
                figures[0].length, seed, results, best, result(historical, false, false, false));
        Policy h = policies.get(historical);
        Trace trace = history.trace();
        int decided = 0;
        int within = 0;
        int abandoned = 0;
        for (int i = 0; i < trace.size(); i++) {
            double p = trace.patienceSeconds(i);
            if (Double.isNaN(p)) {
                continue;
            }
            decided++;
            boolean answered = trace.patienceIsLowerBound(i);
            within += answered && p <= h.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
            abandoned += answered ? 0 : 1;
        }
        return new Plan(result, from, to, trace.size(), relations, decided, (double) within / decided,
                (double) abandoned / decided, estimate(historical, f -> f[CostModel.DECIDED_SERVICE_LEVEL]),
                estimate(historical, f -> f[CostModel.DECIDED_ABANDON_RATE]), patience, churn.coefficients(),
                churn.method(), warnings, StaffingPlan.none());
    }

    private PolicyResult result(int p, boolean balance, boolean indistinguishable, boolean dominated) {
        Map<ServiceTier, Estimate> tiers = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : ServiceTier.values()) {
            Estimate e = estimate(p, f -> f[CostModel.TIER_SL + t.ordinal()]);
            if (!Double.isNaN(e.mean())) {
                tiers.put(t, e);
            }
        }
        CostBreakdown costs = new CostBreakdown(estimate(p, f -> f[CostModel.STAFF]),
                estimate(p, f -> f[CostModel.CONTACT]), estimate(p, f -> f[CostModel.ABANDON]),
                estimate(p, f -> f[CostModel.SLA]), estimate(p, f -> f[CostModel.CHURN]));
        return new PolicyResult(p, policies.get(p), policies.get(p).name(), figures[p][0][CostModel.AGENTS],
                estimate(p, f -> f[CostModel.SERVICE_LEVEL]), tiers, estimate(p, f -> f[CostModel.ABANDON_RATE]),
                estimate(p, Figures::service), estimate(p, Figures::poor), estimate(p, Figures::total),
                costs, balance, indistinguishable, dominated);
    }

    private boolean dominated(int p) {
        for (int q = 0; q < historical; q++) {
            double slP = mean(p, f -> f[CostModel.SERVICE_LEVEL]);
            double slQ = mean(q, f -> f[CostModel.SERVICE_LEVEL]);
            double costP = mean(p, Figures::total);
            double costQ = mean(q, Figures::total);
            if (q != p && slQ >= slP && costQ <= costP && (slQ > slP || costQ < costP)) {
                return true;
            }
        }
        return false;
    }

    private String relation(int p) {
        int service = compare(p, f -> f[CostModel.SERVICE_LEVEL]);
        int cost = compare(p, Figures::total);
        String[] serviceWords = {"less service", "the same service", "more service"};
        String[] costWords = {"less cost", "the same cost", "more cost"};
        String text = serviceWords[service + 1] + " for " + costWords[cost + 1];
        if (service > 0 && cost < 0) {
            return text + " (strictly better)";
        }
        return service < 0 && cost > 0 ? text + " (strictly worse)" : text;
    }

    /** -1, 0 or 1: policy p's figure against the historical policy's, 0 when the paired CI covers no difference. */
    private int compare(int p, ToDoubleFunction<double[]> figure) {
        if (same(p, historical, figure)) {
            return 0;
        }
        return mean(p, figure) > mean(historical, figure) ? 1 : -1;
    }

    private boolean same(int p, int q, ToDoubleFunction<double[]> figure) {
        int n = figures[p].length;
        double[] d = new double[n];
        for (int r = 0; r < n; r++) {
            d[r] = figure.applyAsDouble(figures[p][r]) - figure.applyAsDouble(figures[q][r]);
        }
        Estimate e = Figures.estimate(d);
        double scale = Math.max(1e-9, Math.abs(mean(q, figure)) * 1e-9);
        return Math.abs(e.mean()) <= scale || (!Double.isNaN(e.ci95()) && Math.abs(e.mean()) <= e.ci95());
    }

    private double mean(int p, ToDoubleFunction<double[]> figure) {
        return estimate(p, figure).mean();
    }

    private Estimate estimate(int p, ToDoubleFunction<double[]> figure) {
        double[] v = new double[figures[p].length];
        for (int r = 0; r < v.length; r++) {
            v[r] = figure.applyAsDouble(figures[p][r]);
        }
        return Figures.estimate(v);
    }
}
