package io.servicebalance.simulation.chart;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.plan.Estimate;
import io.servicebalance.simulation.plan.PlanResult;
import io.servicebalance.simulation.plan.PolicyResult;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Service level of each tier for every policy (numbered as in results.csv), with 95% confidence whiskers. */
final class TierBars {

    private TierBars() {
    }

    static JFreeChart chart(PlanResult plan) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<PolicyResult> all = new ArrayList<>(plan.policies());
        if (plan.historical() != null) {
            all.add(plan.historical());
        }
        for (PolicyResult p : all) {
            String column = p == plan.historical() ? "hist." : (p.balancePoint() ? "★" : "") + p.index();
            p.serviceLevelByTier().forEach((tier, e) -> data.add(e.mean(), half(e), tier.name(), column));
        }
        CategoryAxis x = new CategoryAxis("Policy (number as in results.csv; ★ balance point, hist. historical)");
        x.setCategoryLabelPositions(all.size() > 16 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.STANDARD);
        x.setLabelFont(Style.LABEL);
        x.setTickLabelFont(Style.TICK);
        NumberAxis y = new NumberAxis("Service level (answered within target)");
        y.setNumberFormatOverride(Style.percent());
        y.setRange(0, 1.05);
        y.setLabelFont(Style.LABEL);
        y.setTickLabelFont(Style.TICK);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.02);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int row = 0; row < data.getRowCount(); row++) {
            renderer.setSeriesPaint(row, Style.TIERS[ServiceTier.valueOf((String) data.getRowKey(row)).ordinal()]);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(Style.GREY);
        JFreeChart chart = new JFreeChart("Service level by tier", Style.TITLE, plot, true);
        Style.apply(chart, plan.scenario() + ": whiskers are 95% confidence intervals over " + plan.replications()
                + " replications");
        return chart;
    }

    private static double half(Estimate e) {
        return Double.isNaN(e.ci95()) ? 0 : e.ci95();
    }
}
