package io.servicebalance.simulation.chart;

import io.servicebalance.simulation.plan.PlanResult;
import io.servicebalance.simulation.plan.StaffingPlan;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a plan's charts as PNG (1200 x 750) or SVG. Headless. */
public final class PlanCharts {

    static final int WIDTH = 1200;
    static final int HEIGHT = 750;

    private PlanCharts() {
    }

    public static byte[] render(PlanResult plan, ChartName chart, ChartFormat format) {
        JFreeChart drawn = switch (chart) {
            case COST_VS_SERVICE_LEVEL -> CostCurves.againstServiceLevel(plan);
            case COST_VS_STAFFING -> CostCurves.againstStaffing(plan);
            case SERVICE_LEVEL_BY_TIER -> TierBars.chart(plan);
            case FRONTIER -> Frontier.chart(plan);
        };
        return format == ChartFormat.PNG ? png(drawn) : svg(drawn);
    }

    /** The file name (without extension) of the chart of staffing per interval. */
    public static final String STAFFING = "staffing";

    /** The chart of staffing optimised per interval against historical, when the plan optimised staffing. */
    public static byte[] renderStaffing(StaffingPlan staffing, ChartFormat format) {
        if (staffing.isEmpty()) {
            throw new IllegalArgumentException("this plan did not optimise staffing");
        }
        JFreeChart drawn = StaffingChart.chart(staffing);
        return format == ChartFormat.PNG ? png(drawn) : svg(drawn);
    }

    /** Writes {@code staffing.png} and {@code staffing.svg} into {@code dir}; nothing when staffing was not optimised. */
    public static List<Path> writeStaffing(StaffingPlan staffing, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        if (staffing.isEmpty()) {
            return written;
        }
        Files.createDirectories(dir);
        for (ChartFormat format : ChartFormat.values()) {
            Path target = dir.resolve(STAFFING + "." + format.extension());
            Path temporary = dir.resolve("." + target.getFileName() + ".tmp");
            Files.write(temporary, renderStaffing(staffing, format));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    /** Writes every chart in both formats into {@code dir} as {@code <name>.png} and {@code <name>.svg}. */
    public static List<Path> writeAll(PlanResult plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ChartName chart : ChartName.values()) {
            for (ChartFormat format : ChartFormat.values()) {
                Path target = dir.resolve(chart.fileName() + "." + format.extension());
                Path temporary = dir.resolve("." + target.getFileName() + ".tmp");
                Files.write(temporary, render(plan, chart, format));
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        }
        return written;
    }

    private static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
