package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceBuilder;
import io.servicebalance.simulation.trace.TraceContact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan that optimises phone staffing per half-hour for three targets, on two weeks of Poisson traffic. */
class OptimisedPlanTests {

    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

    /** Poisson arrivals at 40 per half-hour from 08:00 to 18:00 on weekdays, 18 at weekends, 2 at night. */
    static RecordedHistory history() {
        SplittableRandom random = new SplittableRandom(3);
        TraceBuilder builder = new TraceBuilder(1024);
        Map<String, CustomerFacts> customers = new HashMap<>();
        double t = 0;
        int n = 0;
        while (true) {
            int day = (int) (t / 86_400);
            int hour = (int) (t % 86_400 / 3600);
            double perHalfHour = hour < 8 || hour >= 18 ? 2 : day % 7 >= 5 ? 18 : 40;
            t += -Math.log1p(-random.nextDouble()) * 1800 / 40;
            if (t >= 14 * 86_400) {
                break;
            }
            if (random.nextDouble() >= perHalfHour / 40) {
                continue;
            }
            String customer = "u" + (n % 300);
            customers.putIfAbsent(customer, new CustomerFacts(customer, ServiceTier.STANDARD, 100, n % 7 == 0, 0));
            builder.add(new TraceContact("k" + n++, customer, ServiceTier.STANDARD, Channel.PHONE,
                    MONDAY.plusMillis((long) (t * 1000)), -240 * Math.log1p(-random.nextDouble()), Patience.unknown(),
                    100.0));
        }
        Trace trace = builder.build();
        return new RecordedHistory(MONDAY, MONDAY.plusSeconds(14 * 86_400), trace, customers, n);
    }

    static Scenario scenario(String demand) {
        return ScenarioFile.parse("""
                {"name": "optimised", "seed": 2, "replications": 2,
                 "historical": {"agents": {"PHONE": "8"}},
                 "staffing": {"method": "optimise", "interval": "PT30M"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.7, 0.8, 0.9]}},
                 "targets": {"thresholdSeconds": {"PHONE": 20}},
                 "patience": {"method": "given", "meanSeconds": {"PHONE": 200}},
                 "costs": {"agentPerHour": {"PHONE": 30}, "perAbandoned": {"PHONE": 5}}%s}"""
                .formatted(demand == null ? "" : ", \"demand\": " + demand));
    }

    @Test
    void eachTargetIsAPolicyWithItsScheduleAndStaffingCsvHasEveryInterval(@TempDir Path dir) throws Exception {
        Plan plan = Planner.plan(scenario(null), history(), Map.of(), 2, () -> { });

        assertThat(plan.result().policies()).extracting(PolicyResult::label)
                .containsExactly("PHONE 70%", "PHONE 80%", "PHONE 90%");
        List<Double> hours = plan.result().policies().stream().map(PolicyResult::agents).toList();
        assertThat(hours).isSorted();
        assertThat(plan.result().policies().get(2).serviceLevel().mean())
                .isGreaterThan(plan.result().policies().get(0).serviceLevel().mean());
        assertThat(plan.result().policies().get(0).policy().staffing().get(Channel.PHONE).isWeekly()).isTrue();

        String csv = PlanFiles.staffingCsv(plan);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("policy,channel,day_of_week,interval_start,agents,offered,service_level,"
                + "occupancy");
        assertThat(lines).hasSize(1 + 4 * 7 * 48);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"historical\",PHONE,MONDAY,00:00,8,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"PHONE 80%\",PHONE,SATURDAY,10:30,"));

        List<Path> charts = PlanCharts.writeStaffing(plan.staffing(), dir);
        assertThat(charts).extracting(p -> p.getFileName().toString()).containsExactly("staffing.png", "staffing.svg");
        assertThat(Files.size(dir.resolve("staffing.png"))).isGreaterThan(10_000);
        assertThat(Files.readString(dir.resolve("staffing.svg"))).contains("PHONE 90%").contains("PHONE historical");
    }

    @Test
    void aHorizonAtPlusTwelvePercentPlansTheNextDaysWithMoreStaff() {
        Plan now = Planner.plan(scenario(null), history(), Map.of(), 2, () -> { });
        Plan next = Planner.plan(scenario("{\"horizon\": {\"days\": 28, \"growth\": 0.12}}"), history(), Map.of(), 2,
                () -> { });

        assertThat(next.from()).isEqualTo(MONDAY.plusSeconds(14 * 86_400));
        assertThat(next.to()).isEqualTo(MONDAY.plusSeconds(42 * 86_400));
        assertThat((double) next.contacts()).isCloseTo(2 * 1.12 * now.contacts(),
                org.assertj.core.data.Offset.offset(0.06 * now.contacts()));
        assertThat(next.result().policies().get(1).agents()).isGreaterThan(now.result().policies().get(1).agents());
        assertThat(next.warnings()).anySatisfy(w -> assertThat(w).startsWith("demand what-ifs applied"));
    }
}
