package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.SimulationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a plan's files into a directory: {@code report.json}, {@code results.csv} and {@code report.md} (the charts
 * beside them are {@code chart.PlanCharts}' job: charts depend on plans, not the other way round). Files are written
 * beside their final names and moved into place, so a crash never leaves half a report.
 */
public final class PlanReport {

    public static final String COST_CHART = "cost-vs-service-level.png";

    private PlanReport() {
    }

    /** Replications the whole plan runs (policies x replications, historical included), counted without expanding. */
    public static long replicationsOf(Scenario scenario) {
        return GridSize.of(scenario).steps();
    }

    public static void write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        put(dir, "report.json", PlanJson.MAPPER.writeValueAsString(PlanJson.tree(plan)));
        put(dir, "results.csv", PlanFiles.csv(plan));
        put(dir, "report.md", PlanFiles.markdown(plan, COST_CHART));
        if (!plan.staffing().isEmpty()) {
            put(dir, "staffing.csv", PlanFiles.staffingCsv(plan));
        }
    }

    /** Two lines for the terminal: the balance point and where the files are. */
    public static String summary(Plan plan, Path dir) {
        PolicyResult best = plan.result().best();
        PolicyResult h = plan.result().historical();
        String c = plan.result().currency();
        return String.format(Locale.ROOT, "balance point: %s: total %,.0f %s (historical %,.0f %s), service cost"
                        + " %,.0f %s (historical %,.0f %s), service level %.1f%% (historical %.1f%%); %s on service"
                        + " cost, %s%nreport: %s", best.label(), best.totalCost().mean(), c, h.totalCost().mean(), c,
                best.serviceCost().mean(), c, h.serviceCost().mean(), c, best.serviceLevel().mean() * 100,
                h.serviceLevel().mean() * 100, plan.relations().get(best.index()),
                plan.totalCostRelations().get(best.index()), dir.resolve("report.md"));
    }

    private static void put(Path dir, String name, String content) throws IOException {
        Path temporary = dir.resolve("." + name + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void requireNonEmpty(List<?> list, String what) {
        if (list.isEmpty()) {
            throw new SimulationException(List.of(what + " is empty"));
        }
    }
}
