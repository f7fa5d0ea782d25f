package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.Batch;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import java.time.Instant;
import io.servicebalance.contact.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A scenario's sweep made ready to run, in parts if need be: step {@code s} is replication {@code s % replications}
 * of policy {@code s / replications} (the historical policy last), priced into its figures. A step's figures depend
 * only on the scenario, the history and the step (common random numbers per policy and replication), so the steps
 * may run in any order, in any process, and {@link #plan} gives the same plan from them.
 */
public final class Sweep {

    /** Told each finished step's figures (encoded: the doubles' exact bits); called concurrently. */
    public interface Steps {
        void finished(long step, byte[] figures);
    }

    private final Scenario scenario;
    private final RecordedHistory history;
    private final Instant from;
    private final Instant to;
    private final List<Policy> policies;
    private final PatienceModel patience;
    private final ChurnModel churn;
    private final CostModel costs;
    private final Batch batch;
    private final int replications;
    private final long seed;
    private final List<String> warnings;
    private final Simulator simulator;
    private final StaffingOptimisation optimised;
    private final ChurnCoefficients[] churnDraws;
    private final Simulator recordedPath;

    /**
     * @param churnDraws   the churn model's coefficients per replication (its parameter uncertainty)
     * @param recordedPath the simulator of the recorded sample path, when {@code simulator} resamples it (the
     *                     historical policy is replayed on it for the faithfulness check); null otherwise
     */
    Sweep(Scenario scenario, RecordedHistory history, Instant from, Instant to, List<Policy> policies,
          PatienceModel patience, ChurnModel churn, CostModel costs, Simulator simulator, List<String> warnings,
          StaffingOptimisation optimised, ChurnCoefficients[] churnDraws, Simulator recordedPath) {
        this.scenario = scenario;
        this.history = history;
        this.from = from;
        this.to = to;
        this.policies = List.copyOf(policies);
        this.patience = patience;
        this.churn = churn;
        this.costs = costs;
        this.replications = Scenario.Defaults.replications(scenario);
        this.seed = Scenario.Defaults.seed(scenario);
        this.batch = new Batch(simulator, this.policies, patience, seed, replications);
        this.warnings = List.copyOf(warnings);
        this.simulator = simulator;
        this.optimised = optimised;
        this.churnDraws = churnDraws.clone();
        this.recordedPath = recordedPath;
    }

    /** Policies x replications, the historical policy included. */
    public long steps() {
        return batch.size();
    }

    public int replications() {
        return replications;
    }

    /**
     * The staffing this sweep optimised, as bytes for another process preparing the same run
     * ({@link Planner#sweep(Scenario, io.servicebalance.contact.ServiceLevelAgreement, RecordedHistory, Map, byte[],
     * int, PlanLimits, Runnable, BooleanSupplier)}); null when its scenario does not optimise staffing.
     */
    public byte[] optimisedStaffing() {
        return optimised.plan().isEmpty() ? null : StaffingPlanBytes.encode(optimised.plan());
    }

    /**
     * Runs the steps {@code [first, end)} on {@code threads} threads, asking {@code cancelled} before each.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public void run(long first, long end, int threads, Steps steps, BooleanSupplier cancelled) {
        batch.runEach(first, end, threads, r -> steps.finished((long) r.policyIndex() * replications
                + r.replication(), PricedBytes.encode(costs.price(r.outcomes(), policies.get(r.policyIndex()),
                occupancy(r), churnDraws[r.replication()]))), cancelled);
    }

    /**
     * The plan from every step's figures ({@code figures[step]}), whichever process ran them, with the intervals of
     * the balance point and the historical policy (one more replay each, here).
     *
     * @throws java.util.concurrent.CancellationException when cancelled meanwhile
     */
    public Plan plan(byte[][] figures, BooleanSupplier cancelled) {
        if (figures.length != steps()) {
            throw new IllegalArgumentException("a sweep of " + steps() + " steps got " + figures.length + " figures");
        }
        PricedReplication[][] byPolicy = new PricedReplication[policies.size()][replications];
        for (int s = 0; s < figures.length; s++) {
            if (figures[s] == null) {
                throw new IllegalArgumentException("step " + s + " of the sweep has no figures");
            }
            byPolicy[s / replications][s % replications] = PricedBytes.decode(figures[s]);
        }
        Policy historical = policies.get(policies.size() - 1);
        PricedReplication[] replay = recordedPath == null ? byPolicy[policies.size() - 1]
                : replay(historical, cancelled);
        Plan plan = new PlanAnalysis(scenario, policies, byPolicy, seed, replay).plan(history, from, to, patience, churn,
                scenario.targets().shortAbandonSeconds(), warnings);
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("the run was cancelled");
        }
        return plan.withStaffing(optimised.plan()).withIntervals(new Intervals(simulator.run(policies.get(
                plan.result().balancePoint()), patience, seed, replications), simulator.run(historical, patience, seed,
                replications)));
    }

    /**
     * The historical policy on the recorded sample path: whether the replay is faithful is a question about the
     * history that was, not about resampled ones. Not counted in progress.
     */
    private PricedReplication[] replay(Policy historical, BooleanSupplier cancelled) {
        PricedReplication[] replay = new PricedReplication[replications];
        new Batch(recordedPath, List.of(historical), patience, seed, replications).runEach(
                Runtime.getRuntime().availableProcessors(),
                r -> replay[r.replication()] = costs.price(r.outcomes(), historical, occupancy(r)), cancelled);
        return replay;
    }

    private static Map<Channel, Double> occupancy(Replication r) {
        Map<Channel, Double> occupancy = new EnumMap<>(Channel.class);
        r.channels().forEach((c, result) -> occupancy.put(c, result.total().occupancy()));
        return occupancy;
    }
}
