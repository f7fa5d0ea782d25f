package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.SyntheticTrace;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer gives the very bytes the databind tree with INDENT_OUTPUT gave before it (the contract's
 * shape, number formats and order), for one replication and for several (ci95 blocks), aging weights, per-tier
 * thresholds and warnings.
 */
class SimulationJsonTests {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Trace trace = new SyntheticTrace(Channel.PHONE, 240, 180, null, new double[] {0.2, 0.5, 0.2, 0.1})
            .trace(3_000, Instant.parse("2026-01-05T08:00:00Z"), 3);
    private final Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
    private final PatienceModel patience = new PatienceModel(Map.of(Channel.PHONE, 120.0));

    @Test
    void oneReplicationIsWrittenAsTheDatabindTreeWasWritten() throws Exception {
        SimulationResult result = simulator.run(Policy.fifo("fifo", Map.of(Channel.PHONE,
                StaffingSchedule.constant(12))), patience, 7, 1);
        assertSameAsTree(result);
        assertThat(SimulationJson.write(result, trace.size())).doesNotContain("ci95");
    }

    @Test
    void replicationsWithAgingWeightsTierThresholdsAndWarningsAreWrittenAsTheTreeWasWritten() throws Exception {
        Policy aging = new Policy("aging", Map.of(Channel.PHONE, StaffingSchedule.constant(9)), Discipline.TIER_AGING,
                Policy.DEFAULT_TIER_ORDER, Policy.DEFAULT_TIER_WEIGHTS, 0.5, Map.of(Channel.PHONE, 30.0),
                Map.of(Channel.PHONE, Map.of(ServiceTier.CARE, 10.0)), 2);
        SimulationResult result = simulator.run(aging, patience, 7, 4);
        assertThat(result.warnings()).isNotEmpty();
        assertSameAsTree(result);
        assertThat(SimulationJson.write(result, trace.size())).contains("ci95", "tierWeights", "agingPerSecond",
                "\"CARE\" : 10.0");
    }

    private void assertSameAsTree(SimulationResult result) throws Exception {
        assertThat(SimulationJson.write(result, trace.size()))
                .isEqualTo(MAPPER.writeValueAsString(tree(result, trace.size())));
    }

    /** The databind tree the writer used to build (the reference for the bytes). */
    private static ObjectNode tree(SimulationResult result, int contacts) {
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
        if (policy.discipline() == Discipline.TIER_AGING) {
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
