package io.servicebalance.simulation.cli;

import io.servicebalance.simulation.MetricsSummary;
import io.servicebalance.simulation.SimulationResult;
import io.servicebalance.simulation.engine.Metrics;
import java.util.Locale;

/** The human-readable form of a simulation result: one row per channel and per tier, warnings below. */
final class SimulationTable {

    private static final String ROW = "%-16s %9s %9s %9s %8s %9s %10s %8s %9s %7s%n";

    private SimulationTable() {
    }

    static String write(SimulationResult result, int contacts) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d contacts, policy %s %s, %d replication(s), seed %d%n", contacts,
                result.policy().discipline(), result.policy().staffing(), result.replications(), result.seed()));
        boolean withCi = result.replications() > 1;
        s.append(String.format(Locale.ROOT, ROW, "group", "offered", "answered", "abandoned", "SL", "ASA s",
                "mean wait", "abandon", "occupancy", "queue"));
        result.channels().forEach((channel, c) -> {
            row(s, channel.name(), c.total(), withCi);
            c.byTier().forEach((tier, t) -> row(s, "  " + tier.name(), t, withCi));
        });
        result.warnings().forEach(w -> s.append("warning: ").append(w).append('\n'));
        if (withCi) {
            s.append("± is the half-width of the 95% confidence interval over replications\n");
        }
        return s.toString().stripTrailing();
    }

    private static void row(StringBuilder s, String label, MetricsSummary summary, boolean withCi) {
        Metrics m = summary.mean();
        Metrics h = summary.ci95();
        s.append(String.format(Locale.ROOT, ROW, label, count(m.offered()), count(m.answered()),
                count(m.abandoned()), pct(m.serviceLevel(), h.serviceLevel(), withCi),
                num(m.asaSeconds(), h.asaSeconds(), withCi), num(m.meanWaitSeconds(), h.meanWaitSeconds(), withCi),
                pct(m.abandonRate(), h.abandonRate(), withCi), pct(m.occupancy(), h.occupancy(), withCi),
                Double.isNaN(m.longestQueue()) ? "" : count(m.longestQueue())));
    }

    private static String count(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double v, double half, boolean withCi) {
        if (Double.isNaN(v)) {
            return "";
        }
        String base = String.format(Locale.ROOT, "%.1f%%", v * 100);
        return withCi && !Double.isNaN(half) ? base + "±" + String.format(Locale.ROOT, "%.1f", half * 100) : base;
    }

    private static String num(double v, double half, boolean withCi) {
        if (Double.isNaN(v)) {
            return "";
        }
        String base = String.format(Locale.ROOT, "%.1f", v);
        return withCi && !Double.isNaN(half) ? base + "±" + String.format(Locale.ROOT, "%.1f", half) : base;
    }
}
