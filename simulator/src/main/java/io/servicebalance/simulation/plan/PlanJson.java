package io.servicebalance.simulation.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.simulation.MetricsSummary;
import io.servicebalance.simulation.SimulationResult;
import io.servicebalance.simulation.policy.Policy;

/** The plan as {@code report.json} (docs/planning.md); the same document the REST API returns as results. */
public final class PlanJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static ObjectNode tree(Plan plan) {
        PlanResult r = plan.result();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("currency", r.currency());
        ObjectNode window = root.putObject("window");
        window.put("from", plan.from().toString());
        window.put("to", plan.to().toString());
        root.put("contacts", plan.contacts());
        root.put("replications", r.replications());
        root.put("seed", r.seed());
        root.set("balancePoint", policy(r.best(), plan.relations().get(r.balancePoint()),
                plan.totalCostRelations().get(r.balancePoint())));
        ArrayNode same = root.putArray("indistinguishableFromBalancePoint");
        r.policies().stream().filter(p -> p.indistinguishable() && !p.balancePoint()).forEach(p -> same.add(p.label()));
        root.set("historical", historical(plan));
        ObjectNode savings = root.putObject("savingsAgainstHistorical");
        savings.put("totalCost", r.historical().totalCost().mean() - r.best().totalCost().mean());
        savings.put("serviceCost", r.historical().serviceCost().mean() - r.best().serviceCost().mean());
        root.set("models", models(plan));
        if (plan.intervals() != null) {
            ObjectNode intervals = root.putObject("intervals");
            intervals.set("balancePoint", byHour(plan.intervals().balancePoint()));
            intervals.set("historical", byHour(plan.intervals().historical()));
        }
        ArrayNode policies = root.putArray("policies");
        r.policies().forEach(p -> policies.add(policy(p, plan.relations().get(p.index()),
                plan.totalCostRelations().get(p.index()))));
        if (!plan.staffing().isEmpty()) {
            ArrayNode staffing = root.putArray("staffingPerInterval");
            plan.staffing().rows().forEach(row -> {
                ObjectNode node = staffing.addObject();
                node.put("policy", row.policy());
                node.put("channel", row.figures().channel().name());
                node.put("interval", row.figures().intervals().length().toString());
                node.put("agentHoursPerWeek", row.figures().weeklyAgentHours());
                node.put("schedule", row.figures().schedule().toString());
            });
        }
        plan.warnings().forEach(root.putArray("warnings")::add);
        return root;
    }

    private static ObjectNode historical(Plan plan) {
        PolicyResult h = plan.result().historical();
        ObjectNode node = policy(h, null, null);
        ObjectNode recorded = node.putObject("recorded");
        recorded.put("contacts", plan.decided());
        recorded.put("serviceLevel", plan.recordedServiceLevel());
        recorded.put("abandonRate", plan.recordedAbandonRate());
        ObjectNode replayed = node.putObject("replayed");
        replayed.put("contacts", plan.decided());
        replayed.set("serviceLevel", estimate(plan.replayedServiceLevel()));
        replayed.set("abandonRate", estimate(plan.replayedAbandonRate()));
        node.put("faithful", covers(plan.replayedServiceLevel(), plan.recordedServiceLevel())
                && covers(plan.replayedAbandonRate(), plan.recordedAbandonRate()));
        return node;
    }

    /** Whether the recorded figure lies in the replayed figure's 95% interval (an exact match counts). */
    static boolean covers(Estimate e, double recorded) {
        double half = Double.isNaN(e.ci95()) ? 0 : e.ci95();
        return Math.abs(e.mean() - recorded) <= half + 1e-9;
    }

    private static ObjectNode models(Plan plan) {
        ObjectNode models = MAPPER.createObjectNode();
        ObjectNode patience = models.putObject("patience");
        ObjectNode means = patience.putObject("meanSeconds");
        plan.patience().meanSeconds().forEach((c, v) -> means.put(c.name(), v));
        ObjectNode tiers = patience.putObject("tierMeanSeconds");
        plan.patience().tierMeanSeconds().forEach((c, m) -> {
            ObjectNode channel = tiers.putObject(c.name());
            m.forEach((t, v) -> channel.put(t.name(), v));
        });
        ObjectNode churn = models.putObject("churn");
        churn.put("method", plan.churnMethod());
        ObjectNode coefficients = churn.putObject("coefficients");
        ChurnCoefficients b = plan.churnCoefficients();
        coefficients.put("intercept", b.intercept());
        coefficients.put("perAbandon", b.perAbandon());
        coefficients.put("perLongWait", b.perLongWait());
        coefficients.put("perUnresolvedComplaint", b.perUnresolvedComplaint());
        ObjectNode uncertainty = models.putObject("uncertainty");
        uncertainty.put("arrivals", plan.uncertainty().arrivals());
        uncertainty.put("handleTimes", plan.uncertainty().handleTimes());
        uncertainty.put("churnParameters", plan.uncertainty().churnParameters());
        return models;
    }

    /** Per channel, 24 hours of the day: offered, service level, ASA, abandon rate, occupancy. */
    private static ObjectNode byHour(SimulationResult result) {
        ObjectNode channels = MAPPER.createObjectNode();
        result.channels().forEach((c, summary) -> {
            ArrayNode hours = channels.putArray(c.name());
            for (int h = 0; h < summary.byHour().size(); h++) {
                MetricsSummary m = summary.byHour().get(h);
                ObjectNode hour = hours.addObject();
                hour.put("hour", h);
                hour.put("offered", m.mean().offered());
                hour.set("serviceLevel", estimate(new Estimate(m.mean().serviceLevel(), m.ci95().serviceLevel())));
                hour.set("asaSeconds", estimate(new Estimate(m.mean().asaSeconds(), m.ci95().asaSeconds())));
                hour.set("abandonRate", estimate(new Estimate(m.mean().abandonRate(), m.ci95().abandonRate())));
                hour.set("occupancy", estimate(new Estimate(m.mean().occupancy(), m.ci95().occupancy())));
            }
        });
        return channels;
    }

    static ObjectNode policy(PolicyResult p, String relation, String totalRelation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("index", p.index());
        node.put("policy", p.label());
        node.set("staffing", staffing(p.policy()));
        node.put("priority", p.policy().discipline().name());
        node.put("agents", p.agents());
        node.set("serviceLevel", estimate(p.serviceLevel()));
        ObjectNode tiers = node.putObject("serviceLevelByTier");
        p.serviceLevelByTier().forEach((t, e) -> tiers.set(t.name(), estimate(e)));
        node.set("abandonRate", estimate(p.abandonRate()));
        node.set("serviceCost", estimate(p.serviceCost()));
        node.set("poorServiceCost", estimate(p.poorServiceCost()));
        node.set("totalCost", estimate(p.totalCost()));
        ObjectNode costs = node.putObject("costs");
        costs.set("staff", estimate(p.costs().staff()));
        costs.set("perContact", estimate(p.costs().perContact()));
        costs.set("abandons", estimate(p.costs().abandons()));
        costs.set("slaPenalty", estimate(p.costs().slaPenalty()));
        costs.set("churn", estimate(p.costs().churn()));
        costs.set("baselineChurn", estimate(p.costs().baselineChurn()));
        node.set("costPerContact", estimate(p.figures().costPerContact()));
        node.set("valueRetained", estimate(p.figures().valueRetained()));
        node.set("serviceProductivity", estimate(p.figures().serviceProductivity()));
        ObjectNode channels = node.putObject("channels");
        new java.util.TreeMap<>(p.figures().channels()).forEach((c, f) -> {
            ObjectNode channel = channels.putObject(c.name());
            channel.put("offered", f.offered());
            channel.set("serviceLevel", estimate(f.serviceLevel()));
            channel.set("asaSeconds", estimate(f.asaSeconds()));
            channel.set("abandonRate", estimate(f.abandonRate()));
            channel.set("occupancy", estimate(f.occupancy()));
            channel.set("costPerContact", estimate(f.costPerContact()));
        });
        node.put("balancePoint", p.balancePoint());
        node.put("indistinguishableFromBalancePoint", p.indistinguishable());
        node.put("dominated", p.dominated());
        if (relation != null) {
            node.put("againstHistorical", relation);
        }
        if (totalRelation != null) {
            node.put("totalCostAgainstHistorical", totalRelation);
        }
        return node;
    }

    private static ObjectNode staffing(Policy policy) {
        ObjectNode node = MAPPER.createObjectNode();
        policy.staffing().forEach((c, s) -> node.put(c.name(), s.toString()));
        return node;
    }

    static ObjectNode estimate(Estimate e) {
        ObjectNode node = MAPPER.createObjectNode();
        if (Double.isNaN(e.mean()) || Double.isInfinite(e.mean())) {
            node.putNull("mean");
        } else {
            node.put("mean", e.mean());
        }
        if (Double.isNaN(e.ci95()) || Double.isInfinite(e.ci95())) {
            node.putNull("ci95");
        } else {
            node.put("ci95", e.ci95());
        }
        return node;
    }
}
