package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.MetricsSummary;
import io.servicebalance.simulation.staffing.IntervalFigures;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code report.md}: what a planner reads first. */
final class PlanMarkdown {

    private final Plan plan;
    private final PlanResult r;
    private final String c;
    private final StringBuilder s = new StringBuilder();

    private PlanMarkdown(Plan plan) {
        this.plan = plan;
        this.r = plan.result();
        this.c = r.currency();
    }

    /** What the ± intervals cover, in a planner's words. */
    static String uncertainty(Scenario.UncertaintySpec u) {
        java.util.List<String> varied = new java.util.ArrayList<>();
        if (Scenario.UncertaintySpec.BOOTSTRAP_DAYS.equals(u.arrivals())) {
            varied.add("the days of the history (resampled by day of week)");
        }
        if (Scenario.UncertaintySpec.RESAMPLE.equals(u.handleTimes())) {
            varied.add("handle times");
        }
        varied.add("patience");
        if (Boolean.TRUE.equals(u.churnParameters())) {
            varied.add("the fitted churn model's coefficients");
        }
        return "Intervals (±, 95%) vary " + String.join(", ", varied) + " from one replication to the next; every"
                + " policy of a replication sees the same draw.";
    }

    static String of(Plan plan, String costChart) {
        return new PlanMarkdown(plan).write(costChart);
    }

    private String write(String costChart) {
        PolicyResult best = r.best();
        PolicyResult h = r.historical();
        s.append("# ").append(r.scenario() == null ? "What-if plan" : r.scenario()).append("\n\n");
        s.append(String.format(Locale.ROOT, "History %s to %s: %,d contacts, %d policies x %d replications (seed %d)."
                + "%n%n", plan.from(), plan.to(), plan.contacts(), r.policies().size(), r.replications(), r.seed()));
        s.append("![Cost against service level](").append(costChart).append(")\n\n");
        s.append(uncertainty(plan.uncertainty())).append("\n\n");
        s.append("## Balance point\n\n");
        s.append(String.format(Locale.ROOT, "**%s**: expected total cost %s %s (service cost %s, cost of poor service"
                        + " %s), service level %s, abandon rate %s.%n%n", best.label(), money(best.totalCost()), c,
                money(best.serviceCost()), money(best.poorServiceCost()), pct(best.serviceLevel()),
                pct(best.abandonRate())));
        s.append(String.format(Locale.ROOT, "Against the historical policy (service cost %s %s, total %s %s, service"
                        + " level %s): **%s** (service level against service cost, DOMAIN.md); beside it, %s: %s %,.0f"
                        + " %s.%n%n", money(h.serviceCost()), c, money(h.totalCost()), c, pct(h.serviceLevel()),
                plan.relations().get(best.index()), plan.totalCostRelations().get(best.index()),
                h.totalCost().mean() >= best.totalCost().mean() ? "saves" : "costs",
                Math.abs(h.totalCost().mean() - best.totalCost().mean()), c));
        String same = r.policies().stream().filter(p -> p.indistinguishable() && !p.balancePoint())
                .map(PolicyResult::label).collect(Collectors.joining("; "));
        s.append("Statistically indistinguishable from it: ").append(same.isEmpty() ? "none" : same).append(".\n\n");
        costs(best, h);
        channels(best, h);
        intervals();
        s.append("## Service levels by tier at the balance point\n\n| tier | service level |\n| --- | --- |\n");
        best.serviceLevelByTier().forEach((t, e) -> s.append("| ").append(t).append(" | ").append(pct(e))
                .append(" |\n"));
        s.append(String.format(Locale.ROOT, "%n## Is the replay faithful?%n%nOver the %,d contacts whose outcome the"
                        + " history records: recorded service level %.2f%%, replayed under the historical policy %s;"
                        + " recorded abandon rate %.2f%%, replayed %s.%n", plan.decided(),
                plan.recordedServiceLevel() * 100, pct(plan.replayedServiceLevel()), plan.recordedAbandonRate() * 100,
                pct(plan.replayedAbandonRate())));
        staffing(plan, s, costChart.substring(0, costChart.lastIndexOf('/') + 1));
        plan.warnings().forEach(w -> s.append("\nWarning: ").append(w).append('\n'));
        return s.toString();
    }

    private void costs(PolicyResult best, PolicyResult h) {
        s.append("## Costs\n\n| component (").append(c).append(") | balance point | historical |\n| --- | --- | --- |\n");
        row("staff", best.costs().staff(), h.costs().staff());
        row("per handled contact", best.costs().perContact(), h.costs().perContact());
        row("**service cost**", best.serviceCost(), h.serviceCost());
        row("abandons", best.costs().abandons(), h.costs().abandons());
        row("SLA penalties", best.costs().slaPenalty(), h.costs().slaPenalty());
        row("churn attributable to the policy", best.costs().churn(), h.costs().churn());
        row("**cost of poor service**", best.poorServiceCost(), h.poorServiceCost());
        row("**total cost**", best.totalCost(), h.totalCost());
        s.append(String.format(Locale.ROOT, "%nBaseline churn, reported apart and in no total: %s %s (the churn the"
                        + " customers who got in touch would show with no bad experience, the same under every"
                        + " policy).%n%n", money(best.costs().baselineChurn()), c));
        ServiceFigures b = best.figures();
        ServiceFigures o = h.figures();
        s.append(String.format(Locale.ROOT, "Cost per contact %s %s (historical %s); customer value retained %s %s"
                        + " (historical %s); service productivity %s retained per %s of service cost (historical"
                        + " %s).%n%n", fixed(b.costPerContact(), 2), c, fixed(o.costPerContact(), 2),
                money(b.valueRetained()), c, money(o.valueRetained()), fixed(b.serviceProductivity(), 2), c,
                fixed(o.serviceProductivity(), 2)));
    }

    private void row(String name, Estimate best, Estimate historical) {
        s.append("| ").append(name).append(" | ").append(money(best)).append(" | ").append(money(historical))
                .append(" |\n");
    }

    private void channels(PolicyResult best, PolicyResult h) {
        s.append("## Per channel\n\n| policy | channel | offered | service level | ASA (s) | abandon rate | occupancy |"
                + " cost per contact (").append(c).append(") |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        channelRows("balance point", best.figures().channels());
        channelRows("historical", h.figures().channels());
        s.append('\n');
    }

    private void channelRows(String policy, Map<Channel, ChannelFigures> channels) {
        channels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ChannelFigures f = e.getValue();
            s.append("| ").append(policy).append(" | ").append(e.getKey()).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", f.offered())).append(" | ").append(pct(f.serviceLevel()))
                    .append(" | ").append(fixed(f.asaSeconds(), 1)).append(" | ").append(pct(f.abandonRate()))
                    .append(" | ").append(pct(f.occupancy())).append(" | ").append(fixed(f.costPerContact(), 2))
                    .append(" |\n");
        });
    }

    /** The busiest channel hour by hour (report.json has every channel). */
    private void intervals() {
        if (plan.intervals() == null) {
            return;
        }
        var best = plan.intervals().balancePoint().channels();
        var historical = plan.intervals().historical().channels();
        Channel busiest = best.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Double.compare(
                a.total().mean().offered(), b.total().mean().offered()))).map(Map.Entry::getKey).orElse(null);
        if (busiest == null || !historical.containsKey(busiest)) {
            return;
        }
        s.append("## ").append(busiest).append(" by hour of the day\n\n| hour | offered | service level | ASA (s) |"
                + " occupancy | historical service level | historical occupancy |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (int h = 0; h < best.get(busiest).byHour().size(); h++) {
            MetricsSummary b = best.get(busiest).byHour().get(h);
            MetricsSummary o = historical.get(busiest).byHour().get(h);
            if (b.mean().offered() > 0) {
                s.append(String.format(Locale.ROOT, "| %02d:00 | %,.0f | %s | %s | %s | %s | %s |%n", h,
                        b.mean().offered(), pct(b.mean().serviceLevel()), fixed(b.mean().asaSeconds()),
                        pct(b.mean().occupancy()), pct(o.mean().serviceLevel()), pct(o.mean().occupancy())));
            }
        }
        s.append('\n');
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String money(Estimate e) {
        return Double.isNaN(e.ci95()) ? String.format(Locale.ROOT, "%,.0f", e.mean())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", e.mean(), e.ci95());
    }

    static String pct(Estimate e) {
        if (Double.isNaN(e.mean())) {
            return "-";
        }
        return Double.isNaN(e.ci95()) ? String.format(Locale.ROOT, "%.1f%%", e.mean() * 100)
                : String.format(Locale.ROOT, "%.1f%% ± %.1f", e.mean() * 100, e.ci95() * 100);
    }

    private static String fixed(Estimate e, int digits) {
        if (Double.isNaN(e.mean())) {
            return "-";
        }
        String f = "%,." + digits + "f";
        return Double.isNaN(e.ci95()) ? String.format(Locale.ROOT, f, e.mean())
                : String.format(Locale.ROOT, f + " ± " + f, e.mean(), e.ci95());
    }

    private static void staffing(Plan plan, StringBuilder s, String chartPrefix) {
        if (plan.staffing().isEmpty()) {
            return;
        }
        s.append("\n## Staffing optimised per interval\n\n![Agents per interval](").append(chartPrefix)
                .append("staffing.png)\n\n| staffing | channel | agent-hours a week | intervals below target |\n"
                        + "| --- | --- | --- | --- |\n");
        for (StaffingPlan.Row row : plan.staffing().rows()) {
            IntervalFigures f = row.figures();
            s.append(String.format(Locale.ROOT, "| %s | %s | %,.1f | %s |%n", row.policy(), f.channel(),
                    f.weeklyAgentHours(), row.target() == null ? "" : Long.toString(row.intervalsBelowTarget())));
        }
        s.append("\nEach interval's agents, offered contacts, service level and occupancy are in `staffing.csv`.\n");
    }
}
