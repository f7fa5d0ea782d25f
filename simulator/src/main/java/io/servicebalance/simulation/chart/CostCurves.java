package io.servicebalance.simulation.chart;

import io.servicebalance.simulation.plan.Estimate;
import io.servicebalance.simulation.plan.PlanResult;
import io.servicebalance.simulation.plan.PolicyResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Service cost, cost of poor service and total cost with 95% confidence bands, against service level or staffing.
 * One point per staffing level: the cheapest policy at that level (priority rules and targets compete within it).
 */
final class CostCurves {

    private CostCurves() {
    }

    static JFreeChart againstServiceLevel(PlanResult plan) {
        NumberAxis x = new NumberAxis("Service level (answered within target, all channels)");
        x.setNumberFormatOverride(Style.percent());
        return chart(plan, x, p -> p.serviceLevel().mean(), "Cost against service level");
    }

    static JFreeChart againstStaffing(PlanResult plan) {
        NumberAxis x = new NumberAxis("Agents on duty (mean over the window, all channels)");
        return chart(plan, x, PolicyResult::agents, "Cost against staffing");
    }

    private static JFreeChart chart(PlanResult plan, NumberAxis x, ToDoubleFunction<PolicyResult> xOf, String title) {
        List<PolicyResult> points = cheapestPerStaffingLevel(plan.policies());
        points.sort(Comparator.comparingDouble(xOf));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series("Service cost", points, xOf, PolicyResult::serviceCost));
        data.addSeries(series("Cost of poor service", points, xOf, PolicyResult::poorServiceCost));
        data.addSeries(series("Total cost", points, xOf, PolicyResult::totalCost));
        NumberAxis y = new NumberAxis("Cost over the planning window (" + plan.currency() + ")");
        y.setNumberFormatOverride(Style.money());
        y.setAutoRangeIncludesZero(true);
        x.setAutoRangeIncludesZero(false);
        x.setLabelFont(Style.LABEL);
        y.setLabelFont(Style.LABEL);
        x.setTickLabelFont(Style.TICK);
        y.setTickLabelFont(Style.TICK);
        XYPlot plot = new XYPlot(data, x, y, renderer());
        plot.setDomainGridlinePaint(Style.GREY);
        plot.setRangeGridlinePaint(Style.GREY);
        double min = points.stream().mapToDouble(xOf).min().orElse(0);
        double max = points.stream().mapToDouble(xOf).max().orElse(1);
        if (plan.historical() != null) { // marked even where no policy of the grid comes near it
            min = Math.min(min, xOf.applyAsDouble(plan.historical()));
            max = Math.max(max, xOf.applyAsDouble(plan.historical()));
            double margin = Math.max((max - min) * 0.03, Math.abs(max) * 1e-3 + 1e-9);
            x.setRange(min - margin, max + margin);
            double top = plan.historical().totalCost().mean();
            for (PolicyResult p : points) {
                top = Math.max(top, Double.isNaN(p.totalCost().high()) ? p.totalCost().mean() : p.totalCost().high());
            }
            if (top > 0) {
                y.setRange(0, top * 1.06);
            }
        }
        mark(plot, plan.best(), xOf, "Balance point: total " + Style.amount(plan.best().totalCost().mean(),
                plan.currency()), Color.BLACK, true, min, max);
        if (plan.historical() != null) {
            mark(plot, plan.historical(), xOf, "Historical policy: total " + Style.amount(
                    plan.historical().totalCost().mean(), plan.currency()), Style.HISTORICAL, false, min, max);
        }
        JFreeChart chart = new JFreeChart(title, Style.TITLE, plot, true);
        Style.apply(chart, "Balance point: " + plan.best().label());
        Style.subtitle(chart, String.format("%d replications per policy; 95%% confidence bands (narrow where the"
                + " history records patience); one point per staffing level, its cheapest policy",
                plan.replications()));
        return chart;
    }

    static List<PolicyResult> cheapestPerStaffingLevel(List<PolicyResult> policies) {
        Map<Long, PolicyResult> best = new LinkedHashMap<>();
        for (PolicyResult p : policies) {
            best.merge(Math.round(p.agents() * 1000), p, (a, b) -> b.totalCost().mean() < a.totalCost().mean() ? b : a);
        }
        return new ArrayList<>(best.values());
    }

    private static YIntervalSeries series(String name, List<PolicyResult> points, ToDoubleFunction<PolicyResult> xOf,
                                          java.util.function.Function<PolicyResult, Estimate> yOf) {
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        for (PolicyResult p : points) {
            Estimate e = yOf.apply(p);
            s.add(xOf.applyAsDouble(p), e.mean(), e.low(), e.high());
        }
        return s;
    }

    private static DeviationRenderer renderer() {
        DeviationRenderer r = new DeviationRenderer(true, true);
        Color[] colours = {Style.SERVICE, Style.POOR, Style.TOTAL};
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesFillPaint(i, colours[i]);
            r.setSeriesStroke(i, Style.LINE);
        }
        r.setAlpha(0.2f);
        return r;
    }

    private static void mark(XYPlot plot, PolicyResult p, ToDoubleFunction<PolicyResult> xOf, String text,
                             Color colour, boolean above, double min, double max) {
        double x = xOf.applyAsDouble(p);
        ValueMarker marker = new ValueMarker(x, colour, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        plot.addDomainMarker(marker, Layer.BACKGROUND);
        plot.addAnnotation(Pointers.at(text, x, p.totalCost().mean(), colour, above, Pointers.rightHalf(x, min, max)));
    }
}
