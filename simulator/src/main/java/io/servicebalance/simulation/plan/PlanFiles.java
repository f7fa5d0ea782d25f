package io.servicebalance.simulation.plan;

import io.servicebalance.customer.ServiceTier;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code results.csv} (one row per policy) and {@code report.md} (what a planner reads first). */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static String csv(Plan plan) {
        StringBuilder s = new StringBuilder("policy,label,priority,agents,service_level,service_level_ci95,"
                + "abandon_rate,service_cost,service_cost_ci95,poor_service_cost,poor_service_cost_ci95,staff_cost,"
                + "contact_cost,abandon_cost,sla_penalty_cost,churn_cost,total_cost,total_cost_ci95,"
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
        s.append(uncertainty(plan.uncertainty())).append("\n\n");
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
        plan.warnings().forEach(w -> s.append("\nWarning: ").append(w).append('\n'));
        return s.toString();
    }

    /** What the ± intervals cover, in a planner's words. */
    static String uncertainty(Scenario.UncertaintySpec u) {
        List<String> varied = new java.util.ArrayList<>();
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
