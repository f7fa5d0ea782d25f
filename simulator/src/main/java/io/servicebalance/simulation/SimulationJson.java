package io.servicebalance.simulation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The stable JSON contract of a simulation (docs/simulation.md): top-level {@code channels} -> channel ->
 * figures, {@code byTier} -> tier -> figures, {@code byHour} (24 entries), each figure block with a {@code ci95} block
 * of half-widths when there is more than one replication. Undefined figures are {@code null}.
 *
 * <p>Written with jackson-core's streaming generator and its default pretty printer: the same bytes as a databind
 * tree written with {@code INDENT_OUTPUT}, without loading databind (a tenth of a CPU-second of a short command's
 * start-up, ADR 0033).
 */
public final class SimulationJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SimulationJson() {
    }

    /** Loads the JSON writer's classes ahead of time (a command line does this on a spare core while it reads). */
    public static void warmUp() {
        try (JsonGenerator json = generator(new StringWriter())) {
            json.writeStartObject();
            json.writeNumberField("warm", 0.5);
            json.writeNullField("up");
            json.writeArrayFieldStart("list");
            json.writeString("x");
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(SimulationResult result, int contacts) {
        StringWriter text = new StringWriter(16 * 1024);
        try (JsonGenerator json = generator(text)) {
            write(json, result, contacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static JsonGenerator generator(StringWriter text) throws IOException {
        return FACTORY.createGenerator(text).setPrettyPrinter(new DefaultPrettyPrinter());
    }

    private static void write(JsonGenerator json, SimulationResult result, int contacts) throws IOException {
        json.writeStartObject();
        json.writeFieldName("policy");
        policy(json, result.policy());
        json.writeNumberField("seed", result.seed());
        json.writeNumberField("replications", result.replications());
        json.writeNumberField("contacts", contacts);
        json.writeObjectFieldStart("channels");
        boolean withCi = result.replications() > 1;
        for (Map.Entry<io.servicebalance.contact.Channel, ChannelSummary> entry : result.channels().entrySet()) {
            ChannelSummary summary = entry.getValue();
            json.writeObjectFieldStart(entry.getKey().name());
            figures(json, summary.total(), withCi);
            json.writeObjectFieldStart("byTier");
            for (var tier : summary.byTier().entrySet()) {
                json.writeObjectFieldStart(tier.getKey().name());
                figures(json, tier.getValue(), withCi);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("byHour");
            for (int h = 0; h < summary.byHour().size(); h++) {
                json.writeStartObject();
                json.writeNumberField("hour", h);
                figures(json, summary.byHour().get(h), withCi);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("loadRatio", summary.loadRatio());
            json.writeBooleanField("overloaded", summary.loadRatio() >= 1);
            json.writeNumberField("waitingAtLastArrival", summary.waitingAtLastArrival());
            strings(json, "warnings", summary.warnings());
            json.writeEndObject();
        }
        json.writeEndObject();
        strings(json, "warnings", result.warnings());
        json.writeEndObject();
    }

    private static void figures(JsonGenerator json, MetricsSummary summary, boolean withCi) throws IOException {
        metrics(json, summary.mean());
        if (withCi) {
            json.writeObjectFieldStart("ci95");
            metrics(json, summary.ci95());
            json.writeEndObject();
        }
    }

    private static void metrics(JsonGenerator json, Metrics metrics) throws IOException {
        double[] values = metrics.values();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                json.writeNullField(Metrics.NAMES[i]);
            } else {
                json.writeNumberField(Metrics.NAMES[i], values[i]);
            }
        }
    }

    private static void policy(JsonGenerator json, Policy policy) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", policy.name());
        json.writeObjectFieldStart("agents");
        for (var staffing : policy.staffing().entrySet()) {
            json.writeStringField(staffing.getKey().name(), staffing.getValue().toString());
        }
        json.writeEndObject();
        json.writeStringField("priority", policy.discipline().name());
        json.writeArrayFieldStart("tierOrder");
        for (var tier : policy.tierOrder()) {
            json.writeString(tier.name());
        }
        json.writeEndArray();
        if (policy.discipline() == Discipline.TIER_AGING) {
            json.writeObjectFieldStart("tierWeights");
            for (var weight : policy.tierWeights().entrySet()) {
                number(json, weight.getKey().name(), weight.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("agingPerSecond", policy.agingPerSecond());
        }
        json.writeObjectFieldStart("thresholdSeconds");
        for (var threshold : policy.thresholds().entrySet()) {
            number(json, threshold.getKey().name(), threshold.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("tierThresholdSeconds");
        for (var channel : policy.tierThresholds().entrySet()) {
            json.writeObjectFieldStart(channel.getKey().name());
            for (var tier : channel.getValue().entrySet()) {
                number(json, tier.getKey().name(), tier.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeNumberField("chatConcurrency", policy.chatConcurrency());
        json.writeEndObject();
    }

    /** A boxed number as databind's {@code ObjectNode.put(String, Double)} writes it: null for null. */
    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value.doubleValue());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
