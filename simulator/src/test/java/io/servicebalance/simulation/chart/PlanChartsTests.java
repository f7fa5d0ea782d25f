package io.servicebalance.simulation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.plan.CostBreakdown;
import io.servicebalance.simulation.plan.Estimate;
import io.servicebalance.simulation.plan.PlanResult;
import io.servicebalance.simulation.plan.PolicyResult;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts rendered headless into a temporary directory and inspected. */
class PlanChartsTests {

    @TempDir
    Path dir;

    /** Nine policies with a U-shaped total cost whose minimum is the fifth. */
    static PlanResult plan(double ci) {
        List<PolicyResult> policies = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            double service = 1000 + 400 * i;
            double poor = 6000 / (1 + i);
            double sl = 0.5 + 0.05 * i;
            policies.add(policy(i, "PHONE " + (8 + 2 * i), 8 + 2 * i, sl, service, poor, ci, i == 3));
        }
        PolicyResult historical = policy(9, "historical", 12, 0.6, 1800, 2500, ci, false);
        return new PlanResult("Test plan", "EUR", 10, 1, policies, 3, historical);
    }

    static PolicyResult policy(int index, String label, double agents, double sl, double service, double poor,
                               double ci, boolean best) {
        Estimate s = new Estimate(service, service * ci);
        Estimate p = new Estimate(poor, poor * ci);
        Estimate zero = new Estimate(0, ci == 0 ? Double.NaN : 0);
        Policy policy = Policy.fifo(label, Map.of(Channel.PHONE, StaffingSchedule.constant((int) agents)));
        return new PolicyResult(index, policy, label, agents, new Estimate(sl, 0.01), Map.of(ServiceTier.PREMIUM,
                new Estimate(sl + 0.05, 0.01), ServiceTier.BASIC, new Estimate(sl - 0.05, 0.02)),
                new Estimate(0.1, 0.01), s, p, new Estimate(service + poor, (service + poor) * ci),
                new CostBreakdown(s, zero, p, zero, zero), best, best, false);
    }

    @Test
    void writesEveryChartAsPngAndSvg() throws Exception {
        List<Path> written = PlanCharts.writeAll(plan(0.05), dir);
        assertThat(written).hasSize(8);
        for (Path file : written) {
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(5_000);
        }
        BufferedImage png = ImageIO.read(dir.resolve("cost-vs-service-level.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(750);
    }

    @Test
    void theCostCurveNamesItsThreeCurvesAndTheBalancePoint() throws Exception {
        byte[] svg = PlanCharts.render(plan(0.05), ChartName.COST_VS_SERVICE_LEVEL, ChartFormat.SVG);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg));
        String text = new String(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Service cost", "Cost of poor service", "Total cost", "Balance point",
                "PHONE 14", "EUR", "Historical policy");
    }

    @Test
    void theHistoricalPolicyIsMarkedWhereNoPolicyOfTheGridComesNearIt() {
        PlanResult grid = plan(0.05);
        PlanResult plan = new PlanResult("Far from history", "EUR", 10, 1, grid.policies(), 3,
                policy(9, "historical", 4, 0.3, 900, 9000, 0.05, false));

        org.jfree.chart.plot.XYPlot chart = CostCurves.againstServiceLevel(plan).getXYPlot();
        org.jfree.data.Range shown = chart.getDomainAxis().getRange();

        assertThat(shown.contains(0.3)).as("%s shows the historical policy's 30%%", shown).isTrue();
        assertThat(shown.contains(0.9)).isTrue();
        assertThat(chart.getRangeAxis().getRange().contains(9_900)).as("its total cost, above every policy's").isTrue();
    }

    @Test
    void rendersWithoutConfidenceIntervalsAndWithASinglePolicy() {
        PlanResult single = new PlanResult("one", "EUR", 1, 1, List.of(policy(0, "only", 5, 0.8, 100, 50, 0, true)),
                0, null);
        for (ChartName chart : ChartName.values()) {
            assertThat(PlanCharts.render(plan(0), chart, ChartFormat.PNG)).isNotEmpty();
            assertThat(PlanCharts.render(single, chart, ChartFormat.SVG)).isNotEmpty();
        }
    }

    @Test
    void theFrontierGreysOutDominatedPolicies() {
        String svg = new String(PlanCharts.render(plan(0.05), ChartName.FRONTIER, ChartFormat.SVG),
                StandardCharsets.UTF_8);
        assertThat(svg).contains("Dominated policies", "Frontier");
    }
}
