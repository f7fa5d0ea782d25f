package io.servicebalance.simulation.chart;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.plan.StaffingPlan;
import io.servicebalance.simulation.staffing.IntervalFigures;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Agents on duty per interval over the week, one panel per optimised channel: the historical staffing (grey) against
 * each service-level target's optimised staffing.
 */
final class StaffingChart {

    private static final Color[] TARGETS = {new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0xd62728), new Color(0x6a3d9a), new Color(0x8c564b)};

    private StaffingChart() {
    }

    static JFreeChart chart(StaffingPlan staffing) {
        Map<Channel, List<StaffingPlan.Row>> byChannel = new EnumMap<>(Channel.class);
        staffing.rows().forEach(r -> byChannel.computeIfAbsent(r.figures().channel(), k -> new ArrayList<>()).add(r));
        SymbolAxis days = new SymbolAxis("Day of the week",
                new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"});
        days.setRange(-0.5, 7);
        days.setTickLabelFont(Style.TICK);
        days.setLabelFont(Style.LABEL);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(12);
        byChannel.forEach((channel, rows) -> combined.add(panel(channel, rows), 1));
        JFreeChart chart = new JFreeChart("Agents per interval: optimised against historical", Style.TITLE, combined,
                true);
        Style.apply(chart, "Fewest agents per interval and day of the week meeting each service-level target,"
                + " corrected by simulation");
        return chart;
    }

    private static XYPlot panel(Channel channel, List<StaffingPlan.Row> rows) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        int target = 0;
        for (StaffingPlan.Row row : rows) {
            XYSeries series = new XYSeries(row.policy().equals("historical") ? channel + " historical" : row.policy(),
                    false, true);
            IntervalFigures f = row.figures();
            double width = 1.0 / f.intervals().perDay();
            for (int c = 0; c < f.agents().length; c++) {
                series.add(c * width, f.agents()[c]);
            }
            series.add(7.0, f.agents()[f.agents().length - 1]);
            int index = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(index, row.policy().equals("historical") ? Style.HISTORICAL
                    : TARGETS[target++ % TARGETS.length]);
            renderer.setSeriesStroke(index, row.policy().equals("historical") ? new java.awt.BasicStroke(3.5f)
                    : new java.awt.BasicStroke(1.6f));
        }
        NumberAxis agents = new NumberAxis(channel + " agents");
        agents.setLabelFont(Style.LABEL);
        agents.setTickLabelFont(Style.TICK);
        agents.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, null, agents, renderer);
        plot.setRangeGridlinePaint(Style.GREY);
        plot.setDomainGridlinePaint(Style.GREY);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }
}
