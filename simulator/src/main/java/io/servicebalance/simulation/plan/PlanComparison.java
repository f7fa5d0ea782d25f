package io.servicebalance.simulation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Two saved plans side by side: each figure of the balance point and of the historical policy in the baseline run,
 * in the other run, and the other's delta against the baseline. Works on {@code report.json} documents, so a run
 * written by {@code plan} and one stored by the REST API compare alike.
 */
public final class PlanComparison {

    /** The figures compared: their path in a policy of {@code report.json}, mean values. */
    static final List<String> FIGURES = List.of("totalCost", "serviceCost", "poorServiceCost", "serviceLevel",
            "abandonRate", "costs/staff", "costs/perContact", "costs/abandons", "costs/slaPenalty", "costs/churn",
            "costs/baselineChurn", "costPerContact", "valueRetained", "serviceProductivity", "agents");
    private static final List<String> CHANNEL_FIGURES = List.of("serviceLevel", "asaSeconds", "abandonRate",
            "occupancy", "costPerContact");

    private PlanComparison() {
    }

    /**
     * @param baseline  a {@code report.json} document: the run the deltas are against
     * @param run       another
     */
    public static ObjectNode compare(String baselineName, JsonNode baseline, String runName, JsonNode run) {
        ObjectNode root = PlanJson.MAPPER.createObjectNode();
        root.set("baseline", about(baselineName, baseline));
        root.set("run", about(runName, run));
        root.set("balancePoint", policy(baseline.path("balancePoint"), run.path("balancePoint")));
        root.set("historical", policy(baseline.path("historical"), run.path("historical")));
        return root;
    }

    private static ObjectNode about(String name, JsonNode report) {
        ObjectNode node = PlanJson.MAPPER.createObjectNode();
        node.put("run", name);
        node.set("scenario", report.path("scenario"));
        node.set("currency", report.path("currency"));
        node.set("window", report.path("window"));
        node.put("balancePoint", report.path("balancePoint").path("policy").asText());
        return node;
    }

    private static ObjectNode policy(JsonNode base, JsonNode other) {
        ObjectNode node = PlanJson.MAPPER.createObjectNode();
        for (String figure : FIGURES) {
            node.set(figure.replace("costs/", ""), delta(mean(base.at("/" + figure)), mean(other.at("/" + figure))));
        }
        ObjectNode channels = node.putObject("channels");
        base.path("channels").fieldNames().forEachRemaining(c -> {
            ObjectNode channel = channels.putObject(c);
            for (String figure : CHANNEL_FIGURES) {
                channel.set(figure, delta(mean(base.path("channels").path(c).path(figure)),
                        mean(other.path("channels").path(c).path(figure))));
            }
        });
        return node;
    }

    private static double mean(JsonNode figure) {
        JsonNode v = figure.isObject() ? figure.path("mean") : figure;
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static ObjectNode delta(double base, double other) {
        ObjectNode node = PlanJson.MAPPER.createObjectNode();
        put(node, "baseline", base);
        put(node, "run", other);
        put(node, "delta", other - base);
        return node;
    }

    private static void put(ObjectNode node, String name, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            node.putNull(name);
        } else {
            node.put(name, v);
        }
    }

    /** The comparison as a table for the terminal. */
    public static String table(JsonNode comparison) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "baseline %s (balance point %s) against %s (balance point %s)%n",
                comparison.at("/baseline/run").asText(), comparison.at("/baseline/balancePoint").asText(),
                comparison.at("/run/run").asText(), comparison.at("/run/balancePoint").asText()));
        for (String part : List.of("balancePoint", "historical")) {
            s.append(String.format(Locale.ROOT, "%n%-22s %16s %16s %16s%n", part, "baseline", "run", "delta"));
            comparison.path(part).fields().forEachRemaining(e -> {
                if (!e.getKey().equals("channels")) {
                    row(s, e.getKey(), e.getValue());
                }
            });
            comparison.path(part).path("channels").fields().forEachRemaining(c -> c.getValue().fields()
                    .forEachRemaining(e -> row(s, c.getKey() + " " + e.getKey(), e.getValue())));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, JsonNode d) {
        s.append(String.format(Locale.ROOT, "%-22s %16s %16s %16s%n", name, num(d.path("baseline")),
                num(d.path("run")), num(d.path("delta"))));
    }

    private static String num(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%,.4f", v.asDouble()) : "-";
    }
}
