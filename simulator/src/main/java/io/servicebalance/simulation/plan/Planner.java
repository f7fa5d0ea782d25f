package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.Uncertainty;
import io.servicebalance.simulation.demand.DemandTransform;
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
 * numbers, prices each replication, and finds the balance point. Never touches the CRM: it works on the trace.
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
        Sweep sweep = sweep(asked, sla, history, seeded, threads, limits, listener, cancelled);
        byte[][] figures = new byte[Math.toIntExact(sweep.steps())][];
        sweep.run(0, sweep.steps(), threads, (step, f) -> {
            figures[(int) step] = f;
            listener.run();
        }, cancelled);
        return sweep.plan(figures, cancelled);
    }

    /**
     * The scenario's sweep made ready to run in parts (any process, any order), as {@link #plan} prepares it: limits,
     * demand changes and staffing optimisation included ({@code listener} and {@code cancelled} serve the
     * optimisation).
     */
    public static Sweep sweep(Scenario asked, ServiceLevelAgreement sla, RecordedHistory history,
                              Map<Channel, StaffingSchedule> seeded, int threads, PlanLimits limits, Runnable listener,
                              BooleanSupplier cancelled) {
        return sweep(asked, sla, history, seeded, null, threads, limits, listener, cancelled);
    }

    /**
     * As above, taking the staffing another process optimised for the same scenario and history
     * ({@link Sweep#optimisedStaffing()}) instead of optimising again, when {@code optimised} is not null.
     */
    public static Sweep sweep(Scenario asked, ServiceLevelAgreement sla, RecordedHistory history,
                              Map<Channel, StaffingSchedule> seeded, byte[] optimised, int threads, PlanLimits limits,
                              Runnable listener, BooleanSupplier cancelled) {
        Scenario scenario = SlaDefaults.apply(asked, sla);
        List<String> problems = new ArrayList<>(ScenarioFile.problems(scenario));
        problems.addAll(limits.problems(scenario));
        if (problems.isEmpty() && "seeded".equals(scenario.historical().source()) && seeded.isEmpty()) {
            problems.add("historical.source is \"seeded\" but this history was not seeded: give historical.agents");
        }
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        Trace recorded = history.trace();
        ZoneId zone = ZoneId.of(Scenario.Defaults.zone(scenario));
        Instant from = history.from() != null ? history.from() : dayStart(recorded.origin(), zone);
        Instant to = history.to() != null ? history.to()
                : dayStart(recorded.origin().plusSeconds((long) recorded.lastArrival()), zone).plusSeconds(86_400);
        limits.requireMemory(GridSize.of(scenario), ScenarioDemand.expectedContacts(scenario, recorded.size(), from,
                to), threads);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the run was cancelled");
        }
        Policy historical = PolicyGrid.historical(scenario, seeded);
        PatienceModel patience = scenario.patience() == null || !scenario.patience().given()
                ? PatienceFit.fit(recorded) : given(scenario.patience());
        ChurnModel churn = ChurnModel.of(scenario.costs().churn(), history);
        long seed = Scenario.Defaults.seed(scenario);
        DemandTransform.Result demand = DemandTransform.apply(recorded, from, to, zone,
                ScenarioDemand.change(scenario), seed);
        RecordedHistory planned = demand.trace() == recorded ? history
                : new RecordedHistory(demand.from(), demand.to(), demand.trace(), history.customers(),
                        history.eventsRead(), history.recorded());
        from = demand.from();
        to = demand.to();
        Trace trace = planned.trace();
        StaffingOptimisation staffing = optimised != null && Scenario.Defaults.optimises(scenario)
                ? StaffingOptimisation.of(scenario, zone, optimised) : Scenario.Defaults.optimises(scenario)
                ? StaffingOptimisation.run(scenario, trace, from, to, zone, historical, patience, threads, listener,
                        cancelled) : StaffingOptimisation.none();
        List<Policy> policies = new ArrayList<>(PolicyGrid.expand(scenario.grid(), historical, staffing.axes(),
                Scenario.Defaults.targetsTogether(scenario)));
        policies.add(historical);
        CostModel costs = new CostModel(planned, Pricing.of(scenario.costs(), scenario.demand()),
                CustomerValues.of(scenario, history), churn, from, to, zone, scenario.targets().shortAbandonSeconds());
        List<String> warnings = missingCosts(scenario, trace);
        warnings.addAll(ScenarioDemand.warnings(scenario, recorded, trace));
        warnings.addAll(staffing.plan().warnings());
        int replications = Scenario.Defaults.replications(scenario);
        Scenario.UncertaintySpec uncertainty = Scenario.UncertaintySpec.of(scenario);
        ChurnCoefficients[] churnDraws = new ChurnCoefficients[replications];
        for (int r = 0; r < replications; r++) {
            churnDraws[r] = churn.coefficients(uncertainty.churnParameters(), seed, r);
        }
        return new Sweep(scenario, planned, from, to, policies, patience, churn, costs,
                new Simulator(trace, zone, uncertainty.simulation()), warnings, staffing, churnDraws,
                !uncertainty.simulation().equals(Uncertainty.RECORDED) ? new Simulator(trace, zone) : null);
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
