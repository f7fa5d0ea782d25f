package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The historical policy and the grid of policies of a (checked) scenario: every combination of the staffing axes
 * (scale factors of the historical schedule or explicit schedules per channel), queue disciplines and per-tier
 * targets. Channels without an axis keep their historical staffing. Targets route: when the grid varies tier targets
 * and lists no priorities, its policies take {@link Discipline#TIER_TARGET}, so a tighter target changes who is served
 * first and not only the score; a grid that lists priorities gets exactly those.
 */
final class PolicyGrid {

    private record Step(String label, UnaryOperator<Policy> change) {
    }

    private PolicyGrid() {
    }

    static Policy historical(Scenario s, Map<Channel, StaffingSchedule> seeded) {
        Map<Channel, StaffingSchedule> staffing = new EnumMap<>(Channel.class);
        if ("seeded".equals(s.historical().source())) {
            staffing.putAll(seeded);
        } else {
            s.historical().agents().forEach((c, v) -> staffing.put(Channel.valueOf(c), StaffingSchedule.parse(v)));
        }
        Map<Channel, Double> thresholds = new EnumMap<>(Channel.class);
        Map<Channel, Map<ServiceTier, Double>> perTier = new EnumMap<>(Channel.class);
        if (s.targets() != null && s.targets().thresholdSeconds() != null) {
            s.targets().thresholdSeconds().forEach((c, v) -> thresholds.put(Channel.valueOf(c), v));
        }
        if (s.targets() != null && s.targets().tierThresholdSeconds() != null) {
            s.targets().tierThresholdSeconds().forEach((t, m) -> m.forEach((c, v) -> perTier
                    .computeIfAbsent(Channel.valueOf(c), k -> new EnumMap<>(ServiceTier.class))
                    .put(ServiceTier.valueOf(t), v)));
        }
        String priority = s.historical().priorityOrDefault();
        int chats = s.historical().chatConcurrencyOrDefault();
        return new Policy("historical", staffing, Discipline.valueOf(priority), Policy.DEFAULT_TIER_ORDER,
                Policy.DEFAULT_TIER_WEIGHTS, 1.0, thresholds, perTier, chats);
    }

    static List<Policy> expand(Scenario.Grid grid, Policy historical) {
        return expand(grid, historical, Map.of(), false);
    }

    /**
     * As above, with an axis per channel of optimised schedules (one per service-level target), or with
     * {@code together} one axis whose i-th step staffs every channel with its i-th schedule.
     */
    static List<Policy> expand(Scenario.Grid grid, Policy historical,
                               Map<Channel, List<StaffingOptimisation.Labelled>> optimised, boolean together) {
        List<List<Step>> axes = new ArrayList<>();
        if (grid.agents() != null) {
            new TreeMap<>(grid.agents()).forEach((c, axis) -> axes.add(staffingAxis(Channel.valueOf(c), axis,
                    historical)));
        }
        List<List<Step>> optimisedAxes = new ArrayList<>();
        new TreeMap<>(optimised).forEach((c, schedules) -> optimisedAxes.add(schedules.stream().map(s -> new Step(
                s.label(), (UnaryOperator<Policy>) p -> withStaffing(p, c, s.schedule()))).toList()));
        axes.addAll(together && !optimisedAxes.isEmpty() ? List.of(zipped(optimisedAxes)) : optimisedAxes);
        if (grid.priority() != null && !grid.priority().isEmpty()) {
            axes.add(grid.priority().stream().map(p -> new Step(p, (UnaryOperator<Policy>) policy ->
                    policy.withDiscipline(Discipline.valueOf(p)))).toList());
        }
        if (grid.tierTargetSeconds() != null) {
            new TreeMap<>(grid.tierTargetSeconds()).forEach((t, byChannel) -> new TreeMap<>(byChannel).forEach(
                    (c, values) -> axes.add(values.stream().map(v -> new Step(t + " " + c + " " + number(v) + "s",
                            (UnaryOperator<Policy>) p -> withTierTarget(p, ServiceTier.valueOf(t), Channel.valueOf(c),
                                    v))).toList())));
        }
        boolean targetsRoute = (grid.priority() == null || grid.priority().isEmpty())
                && grid.tierTargetSeconds() != null && !grid.tierTargetSeconds().isEmpty();
        List<Policy> policies = new ArrayList<>();
        combine(axes, 0, targetsRoute ? historical.withDiscipline(Discipline.TIER_TARGET) : historical,
                new ArrayList<>(), policies);
        return policies;
    }

    private static void combine(List<List<Step>> axes, int axis, Policy policy, List<String> labels, List<Policy> out) {
        if (axis == axes.size()) {
            out.add(policy.withName(String.join(", ", labels)));
            return;
        }
        for (Step step : axes.get(axis)) {
            labels.add(step.label());
            combine(axes, axis + 1, step.change().apply(policy), labels, out);
            labels.remove(labels.size() - 1);
        }
    }

    /** One axis of the axes' steps taken side by side: step i applies every axis's step i (equal lengths). */
    private static List<Step> zipped(List<List<Step>> axes) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < axes.get(0).size(); i++) {
            List<Step> side = new ArrayList<>();
            axes.forEach(axis -> side.add(axis.get(steps.size())));
            steps.add(new Step(String.join(", ", side.stream().map(Step::label).toList()), p -> {
                Policy changed = p;
                for (Step step : side) {
                    changed = step.change().apply(changed);
                }
                return changed;
            }));
        }
        return steps;
    }

    private static List<Step> staffingAxis(Channel channel, Scenario.StaffingAxis axis, Policy historical) {
        if (axis.scale() != null) {
            return axis.scale().stream().map(f -> new Step(channel + " x" + number(f), (UnaryOperator<Policy>) p ->
                    withStaffing(p, channel, historical.staffing().getOrDefault(channel, StaffingSchedule.constant(1))
                            .scaled(f)))).toList();
        }
        return axis.schedules().stream().map(s -> new Step(channel + " " + s, (UnaryOperator<Policy>) p ->
                withStaffing(p, channel, StaffingSchedule.parse(s)))).toList();
    }

    private static Policy withStaffing(Policy p, Channel channel, StaffingSchedule schedule) {
        Map<Channel, StaffingSchedule> staffing = new EnumMap<>(p.staffing());
        staffing.put(channel, schedule);
        return new Policy(p.name(), staffing, p.discipline(), p.tierOrder(), p.tierWeights(), p.agingPerSecond(),
                p.thresholds(), p.tierThresholds(), p.chatConcurrency());
    }

    private static Policy withTierTarget(Policy p, ServiceTier tier, Channel channel, double seconds) {
        Map<Channel, Map<ServiceTier, Double>> perTier = new EnumMap<>(Channel.class);
        p.tierThresholds().forEach((c, m) -> perTier.put(c, new EnumMap<>(m)));
        perTier.computeIfAbsent(channel, k -> new EnumMap<>(ServiceTier.class)).put(tier, seconds);
        return new Policy(p.name(), p.staffing(), p.discipline(), p.tierOrder(), p.tierWeights(), p.agingPerSecond(),
                p.thresholds(), perTier, p.chatConcurrency());
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
