package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.Tally;
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
    private final PricedReplication[][] figures;
    private final long seed;
    private final int historical;

    private final PricedReplication[] replay;

    PlanAnalysis(Scenario scenario, List<Policy> policies, PricedReplication[][] figures, long seed) {
        this(scenario, policies, figures, seed, figures[policies.size() - 1]);
    }

    /**
     * @param replay the historical policy's replications on the recorded sample path, for the faithfulness check
     *               (replayed against recorded figures); the same as its plan replications when those replay it too
     */
    PlanAnalysis(Scenario scenario, List<Policy> policies, PricedReplication[][] figures, long seed,
                 PricedReplication[] replay) {
        this.scenario = scenario;
        this.policies = policies;
        this.figures = figures;
        this.seed = seed;
        this.historical = policies.size() - 1;
        this.replay = replay;
    }

    Plan plan(RecordedHistory history, Instant from, Instant to, PatienceModel patience, ChurnModel churn,
              double shortAbandonSeconds, List<String> warnings) {
        int best = 0;
        for (int p = 1; p < historical; p++) {
            best = mean(p, PricedReplication::totalCost) < mean(best, PricedReplication::totalCost) ? p : best;
        }
        List<PolicyResult> results = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        String[] totalWords = {"lower total cost", "the same total cost", "higher total cost"};
        for (int p = 0; p < historical; p++) {
            results.add(result(p, p == best, same(p, best, PricedReplication::totalCost), dominated(p)));
            relations.add(relation(p));
            totals.add(totalWords[compare(p, PricedReplication::totalCost) + 1]);
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
            boolean answered = trace.patienceIsLowerBound(i);
            if (Double.isNaN(p) || (!answered && p < shortAbandonSeconds)) {
                continue;
            }
            decided++;
            within += answered && p <= h.thresholdSeconds(trace.channel(i), trace.tier(i)) ? 1 : 0;
            abandoned += answered ? 0 : 1;
        }
        return new Plan(result, from, to, trace.size(), relations, decided, (double) within / decided,
                (double) abandoned / decided, replayed(PricedReplication::decidedServiceLevel),
                replayed(PricedReplication::decidedAbandonRate), patience, churn.coefficients(),
                churn.method(), warnings, totals, null, StaffingPlan.none(), Scenario.UncertaintySpec.of(scenario));
    }

    private PolicyResult result(int p, boolean balance, boolean indistinguishable, boolean dominated) {
        Map<ServiceTier, Estimate> tiers = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : ServiceTier.values()) {
            Estimate e = estimate(p, f -> f.serviceLevelOf(t));
            if (!Double.isNaN(e.mean())) {
                tiers.put(t, e);
            }
        }
        CostBreakdown costs = new CostBreakdown(estimate(p, PricedReplication::staff),
                estimate(p, PricedReplication::perContact), estimate(p, PricedReplication::abandons),
                estimate(p, PricedReplication::slaPenalty), estimate(p, PricedReplication::churn),
                estimate(p, PricedReplication::baselineChurn));
        return new PolicyResult(p, policies.get(p), policies.get(p).name(), figures[p][0].agents(),
                estimate(p, PricedReplication::serviceLevel), tiers, estimate(p, PricedReplication::abandonRate),
                estimate(p, PricedReplication::serviceCost), estimate(p, PricedReplication::poorServiceCost), estimate(p, PricedReplication::totalCost),
                costs, balance, indistinguishable, dominated, figures(p));
    }

    private ServiceFigures figures(int p) {
        Map<Channel, ChannelFigures> channels = new EnumMap<>(Channel.class);
        for (Channel c : figures[p][0].channels().keySet()) {
            channels.put(c, new ChannelFigures(figures[p][0].channels().get(c).offered(),
                    estimate(p, f -> f.channel(c, ChannelSample::serviceLevel)),
                    estimate(p, f -> f.channel(c, ChannelSample::asaSeconds)),
                    estimate(p, f -> f.channel(c, ChannelSample::abandonRate)),
                    estimate(p, f -> f.channel(c, ChannelSample::occupancy)),
                    estimate(p, f -> f.channel(c, ChannelSample::costPerContact))));
        }
        return new ServiceFigures(channels, estimate(p, PricedReplication::costPerContact),
                estimate(p, PricedReplication::valueRetained), estimate(p, PricedReplication::serviceProductivity));
    }

    private boolean dominated(int p) {
        for (int q = 0; q < historical; q++) {
            double slP = mean(p, PricedReplication::serviceLevel);
            double slQ = mean(q, PricedReplication::serviceLevel);
            double costP = mean(p, PricedReplication::totalCost);
            double costQ = mean(q, PricedReplication::totalCost);
            if (q != p && slQ >= slP && costQ <= costP && (slQ > slP || costQ < costP)) {
                return true;
            }
        }
        return false;
    }

    /** DOMAIN.md's relation: service level against service (operating) cost, as the course material frames it. */
    private String relation(int p) {
        int service = compare(p, PricedReplication::serviceLevel);
        int cost = compare(p, PricedReplication::serviceCost);
        String[] serviceWords = {"less service", "the same service", "more service"};
        String[] costWords = {"less cost", "the same cost", "more cost"};
        String text = serviceWords[service + 1] + " for " + costWords[cost + 1];
        if (service > 0 && cost < 0) {
            return text + " (strictly better)";
        }
        return service < 0 && cost > 0 ? text + " (strictly worse)" : text;
    }

    /** -1, 0 or 1: policy p's figure against the historical policy's, 0 when the paired CI covers no difference. */
    private int compare(int p, ToDoubleFunction<PricedReplication> figure) {
        if (same(p, historical, figure)) {
            return 0;
        }
        return mean(p, figure) > mean(historical, figure) ? 1 : -1;
    }

    private boolean same(int p, int q, ToDoubleFunction<PricedReplication> figure) {
        Tally d = tally(p, figure).minus(tally(q, figure));
        double scale = Math.max(1e-9, Math.abs(mean(q, figure)) * 1e-9);
        return Math.abs(d.mean()) <= scale || (!Double.isNaN(d.ci95()) && Math.abs(d.mean()) <= d.ci95());
    }

    private Estimate replayed(ToDoubleFunction<PricedReplication> figure) {
        Tally t = new Tally("replayed");
        for (PricedReplication r : replay) {
            t.add(figure.applyAsDouble(r));
        }
        return Estimate.of(t);
    }

    private double mean(int p, ToDoubleFunction<PricedReplication> figure) {
        return tally(p, figure).mean();
    }

    private Estimate estimate(int p, ToDoubleFunction<PricedReplication> figure) {
        return Estimate.of(tally(p, figure));
    }

    private Tally tally(int p, ToDoubleFunction<PricedReplication> figure) {
        Tally t = new Tally(policies.get(p).name());
        for (PricedReplication r : figures[p]) {
            t.add(figure.applyAsDouble(r));
        }
        return t;
    }
}
