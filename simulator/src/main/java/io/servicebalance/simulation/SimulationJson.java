package io.servicebalance.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.policy.Policy;
import java.io.UncheckedIOException;

/**
 * The stable JSON contract of a simulation (docs/simulation.md): top-level {@code channels} -> channel ->
 * figures, {@code byTier} -> tier -> figures, {@code byHour} (24 entries), each figure block with a {@code ci95} block
 * of half-widths when there is more than one replication. Undefined figures are {@code null}.
 */
public final class SimulationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationJson() {
    }

    /** Loads the JSON writer's classes ahead of time (a command line does this on a spare core while it reads). */
    public static void warmUp() {
        try {
            MAPPER.writeValueAsString(MAPPER.createObjectNode().put("warm", 0.5).putNull("up"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(SimulationResult result, int contacts) {
        try {
            return MAPPER.writeValueAsString(tree(result, contacts));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(SimulationResult result, int contacts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("policy", policy(result.policy()));
        root.put("seed", result.seed());
        root.put("replications", result.replications());
        root.put("contacts", contacts);
        ObjectNode channels = root.putObject("channels");
        boolean withCi = result.replications() > 1;
        result.channels().forEach((channel, summary) -> {
            ObjectNode c = channels.putObject(channel.name());
            figures(c, summary.total(), withCi);
            ObjectNode tiers = c.putObject("byTier");
            summary.byTier().forEach((tier, s) -> figures(tiers.putObject(tier.name()), s, withCi));
            ArrayNode hours = c.putArray("byHour");
            for (int h = 0; h < summary.byHour().size(); h++) {
                ObjectNode hour = hours.addObject();
                hour.put("hour", h);
                figures(hour, summary.byHour().get(h), withCi);
            }
            c.put("loadRatio", summary.loadRatio());
            c.put("overloaded", summary.loadRatio() >= 1);
            c.put("waitingAtLastArrival", summary.waitingAtLastArrival());
            summary.warnings().forEach(c.putArray("warnings")::add);
        });
        result.warnings().forEach(root.putArray("warnings")::add);
        return root;
    }

    private static void figures(ObjectNode node, MetricsSummary summary, boolean withCi) {
        put(node, summary.mean());
        if (withCi) {
            put(node.putObject("ci95"), summary.ci95());
        }
    }

    private static void put(ObjectNode node, Metrics metrics) {
        double[] values = metrics.values();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                node.putNull(Metrics.NAMES[i]);
            } else {
                node.put(Metrics.NAMES[i], values[i]);
            }
        }
    }

    private static ObjectNode policy(Policy policy) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", policy.name());
        ObjectNode agents = node.putObject("agents");
        policy.staffing().forEach((c, s) -> agents.put(c.name(), s.toString()));
        node.put("priority", policy.discipline().name());
        ArrayNode order = node.putArray("tierOrder");
        policy.tierOrder().forEach(t -> order.add(t.name()));
        if (policy.discipline() == io.servicebalance.simulation.policy.Discipline.TIER_AGING) {
            ObjectNode weights = node.putObject("tierWeights");
            policy.tierWeights().forEach((t, w) -> weights.put(t.name(), w));
            node.put("agingPerSecond", policy.agingPerSecond());
        }
        ObjectNode thresholds = node.putObject("thresholdSeconds");
        policy.thresholds().forEach((c, t) -> thresholds.put(c.name(), t));
        ObjectNode perTier = node.putObject("tierThresholdSeconds");
        policy.tierThresholds().forEach((c, m) -> {
            ObjectNode channel = perTier.putObject(c.name());
            m.forEach((t, v) -> channel.put(t.name(), v));
        });
        node.put("chatConcurrency", policy.chatConcurrency());
        return node;
    }
}
