package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.staffing.IntervalFigures;
import io.servicebalance.simulation.staffing.Intervals;
import io.servicebalance.simulation.staffing.OptimisedStaffing;
import io.servicebalance.simulation.staffing.StaffingOptimiser;
import io.servicebalance.simulation.staffing.StaffingTarget;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Optimises staffing for each channel and service-level target of a scenario's {@code grid.serviceLevelTargets}, the
 * optimisations side by side on the plan's workers, and evaluates the historical staffing on the same cells. The
 * grid then gets one axis per channel whose steps are the optimised schedules.
 */
final class StaffingOptimisation {

    /** A schedule of the grid's axis with its label. */
    record Labelled(String label, StaffingSchedule schedule) {
    }

    private final Map<Channel, List<Labelled>> axes = new EnumMap<>(Channel.class);
    private final StaffingPlan plan;

    private StaffingOptimisation(Map<Channel, List<Labelled>> axes, StaffingPlan plan) {
        this.axes.putAll(axes);
        this.plan = plan;
    }

    static StaffingOptimisation none() {
        return new StaffingOptimisation(Map.of(), StaffingPlan.none());
    }

    /** What another process optimised for the same run ({@link StaffingPlanBytes}), the grid's axes rebuilt from it. */
    static StaffingOptimisation of(Scenario scenario, ZoneId zone, byte[] stored) {
        StaffingPlan plan = StaffingPlanBytes.decode(stored, new Intervals(Scenario.Defaults.interval(scenario), zone));
        Map<Channel, List<Labelled>> axes = new EnumMap<>(Channel.class);
        plan.rows().stream().filter(r -> r.target() != null).forEach(r -> axes.computeIfAbsent(r.figures().channel(),
                k -> new ArrayList<>()).add(new Labelled(r.policy(), r.figures().schedule())));
        return new StaffingOptimisation(axes, plan);
    }

    Map<Channel, List<Labelled>> axes() {
        return axes;
    }

    StaffingPlan plan() {
        return plan;
    }

    static StaffingOptimisation run(Scenario scenario, Trace trace, Instant from, Instant to, ZoneId zone,
                                    Policy historical, PatienceModel patience, int threads, Runnable listener,
                                    BooleanSupplier cancelled) {
        Map<Channel, List<Double>> targets = new EnumMap<>(Channel.class);
        new TreeMap<>(scenario.grid().serviceLevelTargets()).forEach((c, t) -> targets.put(Channel.valueOf(c), t));
        List<String> missing = targets.keySet().stream().filter(c -> !trace.indicesByChannel().containsKey(c))
                .map(c -> "grid.serviceLevelTargets." + c + ": the history has no " + c + " contacts to staff for")
                .toList();
        if (!missing.isEmpty()) {
            throw new SimulationException(missing);
        }
        Intervals intervals = new Intervals(Scenario.Defaults.interval(scenario), zone);
        StaffingOptimiser optimiser = new StaffingOptimiser(trace, intervals, from, to, historical, patience,
                Scenario.Defaults.seed(scenario), Scenario.Defaults.optimiseReplications(scenario), listener);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "staffing");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Channel, Future<IntervalFigures>> recorded = new EnumMap<>(Channel.class);
            Map<Channel, List<Future<OptimisedStaffing>>> found = new EnumMap<>(Channel.class);
            targets.forEach((channel, levels) -> {
                StaffingSchedule schedule = historical.staffing().getOrDefault(channel, StaffingSchedule.constant(0));
                recorded.put(channel, pool.submit(() -> optimiser.evaluate(channel, schedule,
                        historical.thresholds().get(channel))));
                found.put(channel, levels.stream().map(level -> pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the run was cancelled");
                    }
                    return optimiser.optimise(target(scenario, channel, level, historical, patience));
                })).toList());
            });
            return collect(Scenario.Defaults.optimiseReplications(scenario), recorded, found);
        } finally {
            pool.shutdownNow();
        }
    }

    private static StaffingOptimisation collect(int perEvaluation, Map<Channel, Future<IntervalFigures>> recorded,
                                                Map<Channel, List<Future<OptimisedStaffing>>> found) {
        Map<Channel, List<Labelled>> axes = new EnumMap<>(Channel.class);
        List<StaffingPlan.Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long[] simulations = {(long) recorded.size() * perEvaluation};
        recorded.forEach((channel, figures) -> rows.add(new StaffingPlan.Row("historical", null, await(figures))));
        found.forEach((channel, futures) -> futures.forEach(f -> {
            OptimisedStaffing o = await(f);
            String label = label(channel, o.target().serviceLevel());
            axes.computeIfAbsent(channel, k -> new ArrayList<>()).add(new Labelled(label, o.figures().schedule()));
            rows.add(new StaffingPlan.Row(label, o.target().serviceLevel(), o.figures()));
            warnings.addAll(o.warnings());
            simulations[0] += o.simulations();
        }));
        return new StaffingOptimisation(axes, new StaffingPlan(rows, warnings, simulations[0]));
    }

    private static StaffingTarget target(Scenario scenario, Channel channel, double level, Policy historical,
                                         PatienceModel patience) {
        return new StaffingTarget(channel, level, historical.thresholds().get(channel),
                patience.meanSeconds().get(channel), Scenario.Defaults.occupancyCap(scenario, channel),
                historical.concurrency(channel));
    }

    static String label(Channel channel, double level) {
        return channel + " " + PolicyGrid.number(Math.round(level * 1e6) / 1e4) + "%";
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("staffing optimisation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
