package io.servicebalance.simulation.chart;

import io.servicebalance.simulation.plan.PlanResult;
import io.servicebalance.simulation.plan.PolicyResult;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Total cost against service level for every policy: the frontier of non-dominated policies, dominated ones grey. */
final class Frontier {

    private Frontier() {
    }

    static JFreeChart chart(PlanResult plan) {
        XYSeries frontier = new XYSeries("Frontier (no policy gives more service for less)", false, true);
        XYSeries dominated = new XYSeries("Dominated policies", false, true);
        XYSeries historical = new XYSeries("Historical policy", false, true);
        List<PolicyResult> sorted = plan.policies().stream()
                .sorted(Comparator.comparingDouble(p -> p.serviceLevel().mean())).toList();
        for (PolicyResult p : sorted) {
            (p.dominated() ? dominated : frontier).add(p.serviceLevel().mean(), p.totalCost().mean());
        }
        if (plan.historical() != null) {
            historical.add(plan.historical().serviceLevel().mean(), plan.historical().totalCost().mean());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(frontier);
        data.addSeries(dominated);
        data.addSeries(historical);
        NumberAxis x = new NumberAxis("Service level (answered within target, all channels)");
        x.setNumberFormatOverride(Style.percent());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("Expected total cost (" + plan.currency() + ")");
        y.setNumberFormatOverride(Style.money());
        y.setAutoRangeIncludesZero(false);
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setLabelFont(Style.LABEL);
            axis.setTickLabelFont(Style.TICK);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, Style.TOTAL);
        renderer.setSeriesStroke(0, Style.LINE);
        renderer.setSeriesPaint(1, Style.GREY);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(2, Style.HISTORICAL);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new Ellipse2D.Double(-7, -7, 14, 14));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(Style.GREY);
        plot.setRangeGridlinePaint(Style.GREY);
        PolicyResult best = plan.best();
        double min = sorted.isEmpty() ? 0 : sorted.get(0).serviceLevel().mean();
        double max = sorted.isEmpty() ? 1 : sorted.get(sorted.size() - 1).serviceLevel().mean();
        plot.addAnnotation(Pointers.at("Balance point: " + best.label(), best.serviceLevel().mean(),
                best.totalCost().mean(), Color.BLACK, false, Pointers.rightHalf(best.serviceLevel().mean(), min, max)));
        JFreeChart chart = new JFreeChart("Cost and service of every policy", Style.TITLE, plot, true);
        Style.apply(chart, plan.scenario() + ": a policy is dominated when another has at least its service level"
                + " for at most its cost");
        return chart;
    }
}
