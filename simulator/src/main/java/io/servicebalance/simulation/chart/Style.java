package io.servicebalance.simulation.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;

/** Colours, fonts and number formats shared by the charts. */
final class Style {

    static final Color SERVICE = new Color(0x1f77b4);
    static final Color POOR = new Color(0xd62728);
    static final Color TOTAL = new Color(0x2ca02c);
    static final Color HISTORICAL = new Color(0x7f7f7f);
    static final Color GREY = new Color(0xbbbbbb);
    static final Font TITLE = new Font("SansSerif", Font.BOLD, 22);
    static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 15);
    static final Font LABEL = new Font("SansSerif", Font.PLAIN, 15);
    static final Font TICK = new Font("SansSerif", Font.PLAIN, 13);
    static final BasicStroke LINE = new BasicStroke(2.5f);

    private Style() {
    }

    static void apply(JFreeChart chart, String subtitle) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GREY);
    }

    static void subtitle(JFreeChart chart, String text) {
        chart.addSubtitle(new TextTitle(text, new Font("SansSerif", Font.PLAIN, 13)));
    }

    /** Tier colours in ServiceTier order: PREMIUM, STANDARD, BASIC, CARE. */
    static final Color[] TIERS = {new Color(0x6a3d9a), new Color(0x1f77b4), new Color(0x9e9e9e), new Color(0xff7f0e)};

    static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
        f.setMaximumFractionDigits(1);
        return f;
    }

    static NumberFormat money() {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMaximumFractionDigits(0);
        f.setGroupingUsed(true);
        return f;
    }

    static String amount(double value, String currency) {
        return money().format(value) + " " + currency;
    }
}
