package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * From priced replications to a plan: estimates with 95% confidence intervals, the balance point (lowest expected
 * total cost), the policies statistically indistinguishable from it (paired differences on common random numbers),
 * dominance, and each policy's relation to the historical one. The historical policy is the last in the list. The
 * statistics live in {@link PairedFigures}, the history's own figures for the faithfulness check in
 * {@link RecordedOutcomes}.
 */
final class PlanAnalysis {

    private final Scenario scenario;
    private final List<Policy> policies;
    private final PairedFigures figures;
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
        this.figures = new PairedFigures(policies, figures);
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
            results.add(result(p, p == best, figures.same(p, best, PricedReplication::totalCost), dominated(p)));
            relations.add(relation(p));
            totals.add(totalWords[figures.compare(p, historical, PricedReplication::totalCost) + 1]);
        }
        PlanResult result = new PlanResult(scenario.name(), Scenario.Defaults.currency(scenario),
                figures.replications(), seed, results, best, result(historical, false, false, false));
        RecordedOutcomes recorded = RecordedOutcomes.of(history.trace(), policies.get(historical),
                shortAbandonSeconds);
        return new Plan(result, from, to, history.trace().size(), relations, recorded.decided(),
                recorded.serviceLevel(), recorded.abandonRate(),
                PairedFigures.estimate(replay, PricedReplication::decidedServiceLevel),
                PairedFigures.estimate(replay, PricedReplication::decidedAbandonRate), patience, churn.coefficients(),
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
        return new PolicyResult(p, policies.get(p), policies.get(p).name(), figures.first(p).agents(),
                estimate(p, PricedReplication::serviceLevel), tiers, estimate(p, PricedReplication::abandonRate),
                estimate(p, PricedReplication::serviceCost), estimate(p, PricedReplication::poorServiceCost),
                estimate(p, PricedReplication::totalCost), costs, balance, indistinguishable, dominated,
                serviceFigures(p));
    }

    private ServiceFigures serviceFigures(int p) {
        Map<Channel, ChannelFigures> channels = new EnumMap<>(Channel.class);
        for (Channel c : figures.first(p).channels().keySet()) {
            channels.put(c, new ChannelFigures(figures.first(p).channels().get(c).offered(),
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
        int service = figures.compare(p, historical, PricedReplication::serviceLevel);
        int cost = figures.compare(p, historical, PricedReplication::serviceCost);
        String[] serviceWords = {"less service", "the same service", "more service"};
        String[] costWords = {"less cost", "the same cost", "more cost"};
        String text = serviceWords[service + 1] + " for " + costWords[cost + 1];
        if (service > 0 && cost < 0) {
            return text + " (strictly better)";
        }
        return service < 0 && cost > 0 ? text + " (strictly worse)" : text;
    }

    private double mean(int p, ToDoubleFunction<PricedReplication> figure) {
        return figures.mean(p, figure);
    }

    private Estimate estimate(int p, ToDoubleFunction<PricedReplication> figure) {
        return figures.estimate(p, figure);
    }
}
