package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.Tally;
import io.servicebalance.simulation.policy.Policy;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Every policy's priced replications, replication r of each on the same random numbers: a figure's estimate per policy
 * (mean and 95% confidence interval over replications), and whether two policies differ in it, judged on the paired
 * per-replication differences.
 */
final class PairedFigures {

    private final List<Policy> policies;
    private final PricedReplication[][] figures;

    /** @param figures {@code figures[p][r]}: replication r of policy p */
    PairedFigures(List<Policy> policies, PricedReplication[][] figures) {
        this.policies = policies;
        this.figures = figures;
    }

    PricedReplication first(int p) {
        return figures[p][0];
    }

    int replications() {
        return figures[0].length;
    }

    double mean(int p, ToDoubleFunction<PricedReplication> figure) {
        return tally(p, figure).mean();
    }

    Estimate estimate(int p, ToDoubleFunction<PricedReplication> figure) {
        return Estimate.of(tally(p, figure));
    }

    /** True when policies p and q do not differ in the figure: the paired difference's 95% CI covers zero. */
    boolean same(int p, int q, ToDoubleFunction<PricedReplication> figure) {
        Tally d = tally(p, figure).minus(tally(q, figure));
        double scale = Math.max(1e-9, Math.abs(mean(q, figure)) * 1e-9);
        return Math.abs(d.mean()) <= scale || (!Double.isNaN(d.ci95()) && Math.abs(d.mean()) <= d.ci95());
    }

    /** -1, 0 or 1: policy p's figure against policy q's, 0 when they do not differ ({@link #same}). */
    int compare(int p, int q, ToDoubleFunction<PricedReplication> figure) {
        if (same(p, q, figure)) {
            return 0;
        }
        return mean(p, figure) > mean(q, figure) ? 1 : -1;
    }

    /** The figure over replications that are not a policy's of the sweep (the recorded path's replay). */
    static Estimate estimate(PricedReplication[] replications, ToDoubleFunction<PricedReplication> figure) {
        Tally t = new Tally("replayed");
        for (PricedReplication r : replications) {
            t.add(figure.applyAsDouble(r));
        }
        return Estimate.of(t);
    }

    private Tally tally(int p, ToDoubleFunction<PricedReplication> figure) {
        Tally t = new Tally(policies.get(p).name());
        for (PricedReplication r : figures[p]) {
            t.add(figure.applyAsDouble(r));
        }
        return t;
    }
}
