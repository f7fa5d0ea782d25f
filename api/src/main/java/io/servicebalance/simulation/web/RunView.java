package io.servicebalance.simulation.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A finished run's report.json as the result page shows it: the balance point and its saving against the historical
 * policy in words, and one row per policy.
 */
record RunView(String name, String currency, String from, String to, long contacts, int replications,
               PolicyRow balancePoint, PolicyRow historical, double saving, String savingInWords, boolean faithful,
               List<PolicyRow> policies, List<String> warnings) {

    /** A policy's figures; the doubles are for sorting, the texts for reading. */
    record PolicyRow(String label, String priority, int agents, double serviceLevel, double abandonRate,
                     double serviceCost, double poorServiceCost, double totalCost, double totalCostCi95,
                     String relation, boolean balancePoint, boolean indistinguishable, boolean dominated) {

        static PolicyRow of(JsonNode p) {
            return new PolicyRow(p.path("policy").asText(), p.path("priority").asText(), p.path("agents").asInt(),
                    mean(p, "serviceLevel"), mean(p, "abandonRate"), mean(p, "serviceCost"),
                    mean(p, "poorServiceCost"), mean(p, "totalCost"), p.path("totalCost").path("ci95").asDouble(0),
                    p.path("againstHistorical").asText(""), p.path("balancePoint").asBoolean(),
                    p.path("indistinguishableFromBalancePoint").asBoolean(), p.path("dominated").asBoolean());
        }

        private static double mean(JsonNode policy, String figure) {
            return policy.path(figure).path("mean").asDouble();
        }

        public String percentServed() {
            return percent(serviceLevel);
        }

        public String percentAbandoned() {
            return percent(abandonRate);
        }
    }

    static RunView of(JsonNode report) {
        String currency = report.path("currency").asText("EUR");
        PolicyRow best = PolicyRow.of(report.path("balancePoint"));
        PolicyRow historical = PolicyRow.of(report.path("historical"));
        double saving = report.path("savingsAgainstHistorical").path("totalCost").asDouble();
        List<PolicyRow> policies = new ArrayList<>();
        report.path("policies").forEach(p -> policies.add(PolicyRow.of(p)));
        policies.sort(java.util.Comparator.comparingDouble(PolicyRow::totalCost));
        List<String> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new RunView(report.path("scenario").asText("What-if plan"), currency,
                report.path("window").path("from").asText(), report.path("window").path("to").asText(),
                report.path("contacts").asLong(), report.path("replications").asInt(), best, historical, saving,
                words(best, historical, saving, currency), report.path("historical").path("faithful").asBoolean(),
                policies, warnings);
    }

    private static String words(PolicyRow best, PolicyRow historical, double saving, String currency) {
        String balance = String.format(Locale.ROOT, "The balance point is %s: an expected total cost of %s %s (± %s)"
                        + " over the window, with %s of contacts answered within target and %s abandoned.",
                best.label(), money(best.totalCost()), currency, money(best.totalCostCi95()), best.percentServed(),
                best.percentAbandoned());
        double share = historical.totalCost() == 0 ? 0 : Math.abs(saving) / historical.totalCost();
        String against = String.format(Locale.ROOT, "Against the historical policy (%s %s, %s within target)",
                money(historical.totalCost()), currency, historical.percentServed());
        String verdict = Math.abs(saving) < 0.5 ? " it costs the same"
                : saving > 0 ? String.format(Locale.ROOT, " it saves %s %s, %s of the historical total cost",
                        money(saving), currency, percent(share))
                : String.format(Locale.ROOT, " it costs %s %s more (%s)", money(-saving), currency, percent(share));
        String relation = best.relation().isEmpty() ? "." : "; on service level against service cost: "
                + best.relation() + ".";
        return balance + " " + against + verdict + relation;
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String percent(double share) {
        return share > 0 && share < 0.001 ? "less than 0.1%" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
