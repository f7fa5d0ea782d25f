package io.servicebalance.simulation.plan;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.staffing.IntervalFigures;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code results.csv} (one row per policy) and {@code report.md} (what a planner reads first). */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static String csv(Plan plan) {
        StringBuilder s = new StringBuilder("policy,label,priority,agents,service_level,service_level_ci95,"
                + "abandon_rate,service_cost,service_cost_ci95,poor_service_cost,poor_service_cost_ci95,staff_cost,"
                + "contact_cost,abandon_cost,sla_penalty_cost,churn_cost,baseline_churn_cost,total_cost,total_cost_ci95,"
                + "sl_premium,sl_standard,sl_basic,sl_care,indistinguishable,dominated,against_historical,"
                + "balance_point\n");
        for (PolicyResult p : plan.result().policies()) {
            s.append(p.index()).append(',').append(quote(p.label())).append(',')
                    .append(p.policy().discipline()).append(',').append(num(p.agents())).append(',')
                    .append(num(p.serviceLevel().mean())).append(',').append(num(p.serviceLevel().ci95())).append(',')
                    .append(num(p.abandonRate().mean())).append(',')
                    .append(num(p.serviceCost().mean())).append(',').append(num(p.serviceCost().ci95())).append(',')
                    .append(num(p.poorServiceCost().mean())).append(',').append(num(p.poorServiceCost().ci95()))
                    .append(',').append(num(p.costs().staff().mean())).append(',')
                    .append(num(p.costs().perContact().mean())).append(',')
                    .append(num(p.costs().abandons().mean())).append(',')
                    .append(num(p.costs().slaPenalty().mean())).append(',')
                    .append(num(p.costs().churn().mean())).append(',')
                    .append(num(p.costs().baselineChurn().mean())).append(',')
                    .append(num(p.totalCost().mean())).append(',').append(num(p.totalCost().ci95())).append(',');
            for (ServiceTier t : ServiceTier.values()) {
                Estimate e = p.serviceLevelByTier().get(t);
                s.append(e == null ? "" : num(e.mean())).append(',');
            }
            s.append(p.indistinguishable()).append(',').append(p.dominated()).append(',')
                    .append(quote(plan.relations().get(p.index()))).append(',').append(p.balancePoint()).append('\n');
        }
        return s.toString();
    }

    /** The header of {@code staffing.csv}: a contract (issue 11). */
    public static final String STAFFING_HEADER =
            "policy,channel,day_of_week,interval_start,agents,offered,service_level,occupancy";

    /**
     * {@code staffing.csv}: one row per staffing (historical, and each optimised target's), channel and interval of the
     * week; {@code offered} is contacts per occurrence of the interval, {@code service_level} and {@code occupancy}
     * what simulating that staffing found (empty where nothing was offered or nobody was on duty).
     */
    public static String staffingCsv(Plan plan) {
        StringBuilder s = new StringBuilder(STAFFING_HEADER).append('\n');
        for (StaffingPlan.Row row : plan.staffing().rows()) {
            IntervalFigures f = row.figures();
            for (int c = 0; c < f.agents().length; c++) {
                s.append(quote(row.policy())).append(',').append(f.channel()).append(',')
                        .append(f.intervals().dayOf(c)).append(',').append(f.intervals().startOf(c)).append(',')
                        .append(f.agents()[c]).append(',').append(num(f.offered()[c])).append(',')
                        .append(num(f.serviceLevel()[c])).append(',').append(num(f.occupancy()[c])).append('\n');
            }
        }
        return s.toString();
    }

    public static String markdown(Plan plan, String costChart) {
        PlanResult r = plan.result();
        PolicyResult best = r.best();
        PolicyResult h = r.historical();
        String c = r.currency();
        StringBuilder s = new StringBuilder();
        s.append("# ").append(r.scenario() == null ? "What-if plan" : r.scenario()).append("\n\n");
        s.append(String.format(Locale.ROOT, "History %s to %s: %,d contacts, %d policies x %d replications (seed %d)."
                + "%n%n", plan.from(), plan.to(), plan.contacts(), r.policies().size(), r.replications(), r.seed()));
        s.append("![Cost against service level](").append(costChart).append(")\n\n");
        s.append("## Balance point\n\n");
        s.append(String.format(Locale.ROOT, "**%s**: expected total cost %s %s, service level %s, abandon rate %s.%n%n",
                best.label(), money(best.totalCost()), c, pct(best.serviceLevel()), pct(best.abandonRate())));
        s.append(String.format(Locale.ROOT, "Against the historical policy (total %s %s, service level %s): saves %,.0f"
                        + " %s; %s.%n%n", money(h.totalCost()), c, pct(h.serviceLevel()),
                h.totalCost().mean() - best.totalCost().mean(), c, plan.relations().get(best.index())));
        String same = r.policies().stream().filter(p -> p.indistinguishable() && !p.balancePoint())
                .map(PolicyResult::label).collect(Collectors.joining("; "));
        s.append("Statistically indistinguishable from it: ").append(same.isEmpty() ? "none" : same).append(".\n\n");
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

    private static String money(Estimate e) {
        return Double.isNaN(e.ci95()) ? String.format(Locale.ROOT, "%,.0f", e.mean())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", e.mean(), e.ci95());
    }

    private static String pct(Estimate e) {
        return Double.isNaN(e.ci95()) ? String.format(Locale.ROOT, "%.1f%%", e.mean() * 100)
                : String.format(Locale.ROOT, "%.1f%% ± %.1f", e.mean() * 100, e.ci95() * 100);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
