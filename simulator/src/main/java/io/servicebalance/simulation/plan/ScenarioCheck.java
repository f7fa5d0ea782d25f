package io.servicebalance.simulation.plan;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Checks a scenario and lists every problem at once, each naming its place in the file. */
public final class ScenarioCheck {

    private final ProblemList problems = new ProblemList();

    private ScenarioCheck() {
    }

    public static List<String> problems(Scenario s) {
        ScenarioCheck check = new ScenarioCheck();
        check.scenario(s);
        return check.problems.all();
    }

    private void scenario(Scenario s) {
        if (s.window() != null && s.window().from() != null && s.window().to() != null
                && !s.window().from().isBefore(s.window().to())) {
            problems.add("window.from must be before window.to");
        }
        if (s.zone() != null) {
            try {
                ZoneId.of(s.zone());
            } catch (DateTimeException e) {
                problems.add("zone '" + s.zone() + "' is not a time zone");
            }
        }
        if (s.replications() != null && (s.replications() < 1 || s.replications() > 1000)) {
            problems.add("replications must be between 1 and 1000");
        }
        historical(s.historical());
        grid(s.grid());
        targets(s.targets());
        patience(s.patience());
        costs(s.costs());
    }

    private void historical(Scenario.Historical h) {
        if (h == null) {
            problems.add("historical is required: {\"source\": \"seeded\"} or {\"agents\": {\"PHONE\": \"14\"}}");
            return;
        }
        if (h.source() != null && !h.source().equals("seeded")) {
            problems.add("historical.source must be \"seeded\" (or leave it out and give historical.agents)");
        }
        if (h.source() == null && (h.agents() == null || h.agents().isEmpty())) {
            problems.add("historical.agents is required when historical.source is not \"seeded\"");
        }
        problems.channels("historical.agents", h.agents()).forEach((k, v) -> problems.schedule("historical.agents." + k, v));
        problems.priority("historical.priority", h.priority());
        if (h.chatConcurrency() != null && h.chatConcurrency() < 1) {
            problems.add("historical.chatConcurrency must be at least 1");
        }
    }

    private void grid(Scenario.Grid g) {
        if (g == null || ((g.agents() == null || g.agents().isEmpty()) && (g.priority() == null || g.priority()
                .isEmpty()) && (g.tierTargetSeconds() == null || g.tierTargetSeconds().isEmpty()))) {
            problems.add("grid is empty: give at least one of grid.agents, grid.priority, grid.tierTargetSeconds");
            return;
        }
        problems.channels("grid.agents", g.agents()).forEach((k, axis) -> {
            String at = "grid.agents." + k;
            boolean scales = axis != null && axis.scale() != null;
            boolean schedules = axis != null && axis.schedules() != null;
            if (scales == schedules) {
                problems.add(at + " needs exactly one of scale or schedules");
            } else if (scales) {
                problems.nonEmpty(at + ".scale", axis.scale()).forEach(v -> problems.positive(at + ".scale", v));
            } else {
                problems.nonEmpty(at + ".schedules", axis.schedules()).forEach(v -> problems.schedule(at + ".schedules", v));
            }
        });
        if (g.priority() != null) {
            problems.nonEmpty("grid.priority", g.priority()).forEach(p -> problems.priority("grid.priority", p));
        }
        problems.tiers("grid.tierTargetSeconds", g.tierTargetSeconds()).forEach((t, byChannel) ->
                problems.channels("grid.tierTargetSeconds." + t, byChannel).forEach((c, values) -> problems.nonEmpty(
                        "grid.tierTargetSeconds." + t + "." + c, values).forEach(v -> problems.notNegative(
                        "grid.tierTargetSeconds." + t + "." + c, v))));
    }

    private void targets(Scenario.Targets t) {
        if (t == null) {
            return;
        }
        problems.channels("targets.thresholdSeconds", t.thresholdSeconds()).forEach((c, v) -> problems.notNegative(
                "targets.thresholdSeconds." + c, v));
        problems.tiers("targets.tierThresholdSeconds", t.tierThresholdSeconds()).forEach((tier, m) -> problems.channels(
                "targets.tierThresholdSeconds." + tier, m).forEach((c, v) -> problems.notNegative(
                "targets.tierThresholdSeconds." + tier + "." + c, v)));
    }

    private void patience(Scenario.PatienceSpec p) {
        if (p == null || p.method() == null || p.method().equals("fitted")) {
            return;
        }
        if (!p.method().equals("given")) {
            problems.add("patience.method must be \"fitted\" or \"given\"");
        } else if (p.meanSeconds() == null || p.meanSeconds().isEmpty()) {
            problems.add("patience.meanSeconds is required when patience.method is \"given\"");
        }
        problems.channels("patience.meanSeconds", p.meanSeconds()).forEach((c, v) -> problems.positive("patience.meanSeconds." + c, v));
    }

    private void costs(Scenario.Costs c) {
        if (c == null) {
            problems.add("costs is required (at least costs.agentPerHour)");
            return;
        }
        if (c.agentPerHour() == null || c.agentPerHour().isEmpty()) {
            problems.add("costs.agentPerHour is required");
        }
        for (var e : List.of(Map.entry("agentPerHour", nz(c.agentPerHour())), Map.entry("perContact",
                nz(c.perContact())), Map.entry("perAbandoned", nz(c.perAbandoned())))) {
            problems.channels("costs." + e.getKey(), e.getValue()).forEach((ch, v) -> problems.notNegative("costs." + e.getKey() + "."
                    + ch, v));
        }
        problems.tiers("costs.slaPenalty", c.slaPenalty()).forEach((t, v) -> problems.notNegative("costs.slaPenalty." + t, v));
        if (c.shrinkage() != null && !(c.shrinkage() >= 0 && c.shrinkage() < 1)) {
            problems.add("costs.shrinkage must be at least 0 and below 1");
        }
        if (c.defaultCustomerValue() != null) {
            problems.notNegative("costs.defaultCustomerValue", c.defaultCustomerValue());
        }
        churn(c.churn());
    }

    private void churn(Scenario.Churn c) {
        if (c == null) {
            return;
        }
        if (c.method() != null && !c.method().equals("fitted") && !c.method().equals("given")) {
            problems.add("costs.churn.method must be \"fitted\" or \"given\"");
        }
        if ("given".equals(c.method()) && (c.intercept() == null || c.perAbandon() == null || c.perLongWait() == null
                || c.perUnresolvedComplaint() == null)) {
            problems.add("costs.churn: \"given\" needs intercept, perAbandon, perLongWait and perUnresolvedComplaint");
        }
        problems.channels("costs.churn.longWaitSeconds", c.longWaitSeconds()).forEach((ch, v) -> problems.positive(
                "costs.churn.longWaitSeconds." + ch, v));
    }

    private static <V> Map<String, V> nz(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }
}
