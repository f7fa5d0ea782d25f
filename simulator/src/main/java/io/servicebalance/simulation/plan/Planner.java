package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.simulation.Batch;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.Uncertainty;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Replays a recorded history under the historical policy and every policy of a scenario's grid, on common random
 * numbers, prices each replication, and finds the balance point. Never touches the CRM: it works on the trace. Each
 * replication varies what the scenario's {@code uncertainty} asks for (by default the days, the handle times, patience
 * and the fitted churn coefficients); replication r is the same draw for every policy, so policies compare paired.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * @param seeded   the seeded historical staffing, when the scenario asks for it (may be empty)
     * @param listener told after each replication (progress)
     */
    public static Plan plan(Scenario scenario, RecordedHistory history, Map<Channel, StaffingSchedule> seeded,
                            int threads, Runnable listener) {
        return plan(scenario, history, seeded, threads, PlanLimits.DEFAULTS, listener, () -> false);
    }

    /**
     * As above, within {@code limits} (checked before the grid is expanded; the memory estimate once the trace's size
     * is known), asking {@code cancelled} before each replication.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static Plan plan(Scenario scenario, RecordedHistory history, Map<Channel, StaffingSchedule> seeded,
                            int threads, PlanLimits limits, Runnable listener, BooleanSupplier cancelled) {
        return plan(scenario, ServiceLevelAgreement.DEFAULT, history, seeded, threads, limits, listener, cancelled);
    }

    /**
     * As above, with {@code sla} the defaults of the scenario's targets (per tier and channel, and the short-abandon
     * rule).
     */
    public static Plan plan(Scenario asked, ServiceLevelAgreement sla, RecordedHistory history,
                            Map<Channel, StaffingSchedule> seeded, int threads, PlanLimits limits, Runnable listener,
                            BooleanSupplier cancelled) {
        Scenario scenario = SlaDefaults.apply(asked, sla);
        List<String> problems = new ArrayList<>(ScenarioFile.problems(scenario));
        problems.addAll(limits.problems(scenario));
        if (problems.isEmpty() && "seeded".equals(scenario.historical().source()) && seeded.isEmpty()) {
            problems.add("historical.source is \"seeded\" but this history was not seeded: give historical.agents");
        }
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        Trace trace = history.trace();
        limits.requireMemory(GridSize.of(scenario), trace.size(), threads);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the run was cancelled");
        }
        ZoneId zone = ZoneId.of(Scenario.Defaults.zone(scenario));
        Instant from = history.from() != null ? history.from() : dayStart(trace.origin(), zone);
        Instant to = history.to() != null ? history.to()
                : dayStart(trace.origin().plusSeconds((long) trace.lastArrival()), zone).plusSeconds(86_400);
        Policy historical = PolicyGrid.historical(scenario, seeded);
        List<Policy> policies = new ArrayList<>(PolicyGrid.expand(scenario.grid(), historical));
        policies.add(historical);
        PatienceModel patience = scenario.patience() == null || !scenario.patience().given()
                ? PatienceFit.fit(trace) : given(scenario.patience());
        ChurnModel churn = ChurnModel.of(scenario.costs().churn(), history);
        CostModel costs = new CostModel(history, Pricing.of(scenario.costs()), CustomerValues.of(scenario, history),
                churn, from, to, zone, scenario.targets().shortAbandonSeconds());
        int replications = Scenario.Defaults.replications(scenario);
        long seed = Scenario.Defaults.seed(scenario);
        Scenario.UncertaintySpec uncertainty = Scenario.UncertaintySpec.of(scenario);
        ChurnCoefficients[] churnDraws = new ChurnCoefficients[replications];
        for (int r = 0; r < replications; r++) {
            churnDraws[r] = churn.coefficients(uncertainty.churnParameters(), seed, r);
        }
        PricedReplication[][] figures = new PricedReplication[policies.size()][replications];
        Simulator simulator = new Simulator(trace, zone, uncertainty.simulation());
        new Batch(simulator, policies, patience, seed, replications).runEach(threads, r -> {
            figures[r.policyIndex()][r.replication()] = costs.price(r.outcomes(), policies.get(r.policyIndex()),
                    occupancy(r), churnDraws[r.replication()]);
            listener.run();
        }, cancelled);
        PricedReplication[] replay = figures[policies.size() - 1];
        if (!uncertainty.simulation().equals(Uncertainty.RECORDED)) {
            replay = replay(trace, zone, historical, patience, costs, seed, replications, threads, cancelled);
        }
        Plan plan = new PlanAnalysis(scenario, policies, figures, seed, replay).plan(history, from, to, patience,
                churn, scenario.targets().shortAbandonSeconds(), missingCosts(scenario, trace));
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the run was cancelled");
        }
        return plan.withIntervals(new Intervals(simulator.run(policies.get(plan.result().balancePoint()), patience,
                seed, replications), simulator.run(historical, patience, seed, replications)));
    }

    /**
     * The historical policy on the recorded sample path: whether the replay is faithful is a question about the
     * history that was, not about resampled ones. Not counted in progress.
     */
    private static PricedReplication[] replay(Trace trace, ZoneId zone, Policy historical, PatienceModel patience,
                                              CostModel costs, long seed, int replications, int threads,
                                              BooleanSupplier cancelled) {
        PricedReplication[] replay = new PricedReplication[replications];
        new Batch(new Simulator(trace, zone), List.of(historical), patience, seed, replications).runEach(threads,
                r -> replay[r.replication()] = costs.price(r.outcomes(), historical, occupancy(r)), cancelled);
        return replay;
    }

    private static Map<Channel, Double> occupancy(io.servicebalance.simulation.Replication r) {
        Map<Channel, Double> occupancy = new EnumMap<>(Channel.class);
        r.channels().forEach((c, result) -> occupancy.put(c, result.total().occupancy()));
        return occupancy;
    }

    private static PatienceModel given(Scenario.PatienceSpec spec) {
        Map<Channel, Double> means = new EnumMap<>(Channel.class);
        spec.meanSeconds().forEach((c, v) -> means.put(Channel.valueOf(c), v));
        return new PatienceModel(means);
    }

    private static List<String> missingCosts(Scenario scenario, Trace trace) {
        List<String> warnings = new ArrayList<>();
        trace.indicesByChannel().keySet().forEach(c -> {
            if (scenario.costs().agentPerHour() == null || !scenario.costs().agentPerHour().containsKey(c.name())) {
                warnings.add("costs.agentPerHour has no figure for " + c + ": its agents cost nothing here");
            }
        });
        return warnings;
    }

    private static Instant dayStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }
}
