package io.servicebalance.simulation.plan;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.staffing.IntervalFigures;

/** {@code results.csv} (one row per policy) and {@code report.md} ({@link PlanMarkdown}). */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static String csv(Plan plan) {
        StringBuilder s = new StringBuilder("policy,label,priority,agents,service_level,service_level_ci95,"
                + "abandon_rate,service_cost,service_cost_ci95,poor_service_cost,poor_service_cost_ci95,staff_cost,"
                + "contact_cost,abandon_cost,sla_penalty_cost,churn_cost,baseline_churn_cost,total_cost,total_cost_ci95,"
                + "sl_premium,sl_standard,sl_basic,sl_care,cost_per_contact,service_productivity,indistinguishable,"
                + "dominated,against_historical,total_cost_against_historical,balance_point\n");
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
            s.append(num(p.figures().costPerContact().mean())).append(',')
                    .append(num(p.figures().serviceProductivity().mean())).append(',')
                    .append(p.indistinguishable()).append(',').append(p.dominated()).append(',')
                    .append(quote(plan.relations().get(p.index()))).append(',')
                    .append(quote(plan.totalCostRelations().get(p.index()))).append(',').append(p.balancePoint())
                    .append('\n');
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
        return PlanMarkdown.of(plan, costChart);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String quote(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
