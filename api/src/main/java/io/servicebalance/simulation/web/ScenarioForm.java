package io.servicebalance.simulation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.simulation.SimulationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner page's form: the common keys of a scenario as fields named by their JSON path, beside the raw JSON.
 * The JSON is the scenario; the fields are written over it ({@link #merge}), and read back from it ({@link #values}),
 * so both views always say the same. The page's script does the same in the browser as either side is edited.
 */
final class ScenarioForm {

    /** How a field is written into the JSON. */
    enum Kind { TEXT, NUMBER, DATE, NUMBERS, CHOICE, CHOICES, STAFFING }

    /** One control: the JSON path is also the form parameter's name. */
    record Field(String path, String label, Kind kind, List<String> options) {
    }

    /** Fields shown together under a heading. */
    record Section(String title, List<Field> fields) {
    }

    static final List<String> PRIORITIES = List.of("FIFO", "TIER_STRICT", "TIER_AGING", "TIER_TARGET");
    static final List<String> CHANNELS = List.of("PHONE", "CHAT", "EMAIL", "SOCIAL");
    static final List<String> TIERS = List.of("PREMIUM", "STANDARD", "BASIC", "CARE");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<Section> SECTIONS = List.of(
            new Section("Scenario", List.of(field("name", "Name", Kind.TEXT),
                    field("window.from", "History from (UTC day)", Kind.DATE),
                    field("window.to", "History to (UTC day, exclusive)", Kind.DATE),
                    field("replications", "Replications per policy", Kind.NUMBER))),
            new Section("Staffing grid", List.of(
                    new Field("grid.agents.PHONE", "Phone staffing", Kind.STAFFING, List.of("scale", "schedules")),
                    new Field("grid.agents.CHAT", "Chat staffing", Kind.STAFFING, List.of("scale", "schedules")),
                    new Field("grid.priority", "Priority rules to try", Kind.CHOICES, PRIORITIES),
                    field("grid.tierTargetSeconds.PREMIUM.PHONE", "Premium phone targets to try (s)", Kind.NUMBERS))),
            new Section("Staffing optimised per interval", List.of(
                    new Field("staffing.method", "Staffing method", Kind.CHOICE, List.of("grid", "optimise")),
                    field("staffing.interval", "Interval (ISO duration, e.g. PT30M)", Kind.TEXT),
                    new Field("staffing.targets", "Channels' targets per policy", Kind.CHOICE,
                            List.of("combinations", "together")),
                    field("grid.serviceLevelTargets.PHONE", "Phone service-level targets to optimise (0-1)",
                            Kind.NUMBERS),
                    field("grid.serviceLevelTargets.CHAT", "Chat service-level targets to optimise (0-1)",
                            Kind.NUMBERS),
                    field("grid.serviceLevelTargets.EMAIL", "Email service-level targets to optimise (0-1)",
                            Kind.NUMBERS))),
            new Section("Demand and uncertainty", List.of(
                    field("demand.volume.PHONE", "Phone volume factor", Kind.NUMBER),
                    field("demand.handleTime.PHONE", "Phone handle time factor", Kind.NUMBER),
                    new Field("uncertainty.arrivals", "Arrivals in replications", Kind.CHOICE,
                            List.of("bootstrap-days", "recorded")),
                    new Field("uncertainty.handleTimes", "Handle times in replications", Kind.CHOICE,
                            List.of("resample", "recorded")))),
            new Section("Service-level targets (s)", CHANNELS.stream()
                    .map(c -> field("targets.thresholdSeconds." + c, c, Kind.NUMBER)).toList()),
            new Section("Costs", costs()));

    private ScenarioForm() {
    }

    private static Field field(String path, String label, Kind kind) {
        return new Field(path, label, kind, List.of());
    }

    private static List<Field> costs() {
        List<Field> fields = new ArrayList<>();
        CHANNELS.forEach(c -> fields.add(field("costs.agentPerHour." + c, c + " agent per hour", Kind.NUMBER)));
        fields.add(field("costs.shrinkage", "Shrinkage (0-1)", Kind.NUMBER));
        fields.add(field("costs.acquisitionCost", "Acquisition cost per churned customer", Kind.NUMBER));
        List.of("PHONE", "CHAT").forEach(c -> fields.add(field("costs.perAbandoned." + c, c + " per abandon",
                Kind.NUMBER)));
        TIERS.forEach(t -> fields.add(field("costs.slaPenalty." + t, t + " SLA penalty", Kind.NUMBER)));
        return fields;
    }

    /** The scenario {@code demo} runs (docs/examples/scenario.json), which the form starts from. */
    static String defaultScenario() {
        try (java.io.InputStream in = ScenarioForm.class.getResourceAsStream("/scenarios/default.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Field> fields() {
        return SECTIONS.stream().flatMap(s -> s.fields().stream()).toList();
    }

    /** Writes the submitted fields over the JSON; a blank field removes its key. */
    static String merge(String json, Map<String, String[]> params) {
        ObjectNode root = parse(json);
        List<String> problems = new ArrayList<>();
        for (Field f : fields()) {
            String[] values = params.get(f.kind() == Kind.STAFFING ? f.path() + ".values" : f.path());
            String text = values == null ? "" : String.join(",", values).trim();
            try {
                write(root, f, text, params);
            } catch (NumberFormatException e) {
                problems.add(f.path() + ": '" + text + "' is not a number" + (f.kind() == Kind.NUMBERS ? " list" : ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        return root.toPrettyString();
    }

    private static void write(ObjectNode root, Field f, String text, Map<String, String[]> params) {
        String[] path = f.path().split("\\.");
        if (text.isEmpty()) {
            remove(root, path);
            return;
        }
        JsonNode value = switch (f.kind()) {
            case TEXT, CHOICE -> JSON.getNodeFactory().textNode(text);
            case NUMBER -> number(text);
            case DATE -> JSON.getNodeFactory().textNode(text + "T00:00:00Z");
            case NUMBERS -> list(text, true);
            case CHOICES -> list(text, false);
            case STAFFING -> staffing(text, params.get(f.path() + ".method"));
        };
        ObjectNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode o ? o : parent.putObject(path[i]);
        }
        parent.set(path[path.length - 1], value);
    }

    private static JsonNode staffing(String text, String[] method) {
        boolean schedules = method != null && method.length > 0 && method[0].equals("schedules");
        ObjectNode node = JSON.createObjectNode();
        node.set(schedules ? "schedules" : "scale", list(text, !schedules));
        return node;
    }

    private static JsonNode number(String text) {
        BigDecimal n = new BigDecimal(text.trim());
        return n.stripTrailingZeros().scale() <= 0 ? JSON.getNodeFactory().numberNode(n.longValueExact())
                : JSON.getNodeFactory().numberNode(n);
    }

    private static ArrayNode list(String text, boolean numbers) {
        ArrayNode array = JSON.createArrayNode();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                array.add(numbers ? number(part) : JSON.getNodeFactory().textNode(part.trim()));
            }
        }
        return array;
    }

    /** Removes a key and the objects it leaves empty. */
    private static void remove(ObjectNode node, String[] path) {
        List<ObjectNode> chain = new ArrayList<>(List.of(node));
        for (int i = 0; i < path.length - 1; i++) {
            if (!(chain.get(i).get(path[i]) instanceof ObjectNode next)) {
                return;
            }
            chain.add(next);
        }
        chain.get(path.length - 1).remove(path[path.length - 1]);
        for (int i = path.length - 2; i >= 0; i--) {
            if (chain.get(i + 1).isEmpty()) {
                chain.get(i).remove(path[i]);
            }
        }
    }

    /** The fields' values as the JSON gives them (staffing as {@code path.method} and {@code path.values}). */
    static Map<String, String> values(String json) {
        ObjectNode root;
        try {
            root = parse(json);
        } catch (SimulationException e) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields()) {
            JsonNode node = root.at("/" + f.path().replace('.', '/'));
            if (f.kind() == Kind.STAFFING) {
                boolean schedules = node.has("schedules");
                values.put(f.path() + ".method", schedules ? "schedules" : "scale");
                values.put(f.path() + ".values", text(node.path(schedules ? "schedules" : "scale")));
            } else if (f.kind() == Kind.DATE) {
                String date = node.asText("");
                values.put(f.path(), date.length() >= 10 ? date.substring(0, 10) : date);
            } else {
                values.put(f.path(), text(node));
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.asText()));
            return String.join(", ", parts);
        }
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private static ObjectNode parse(String json) {
        try {
            if (JSON.readTree(json == null || json.isBlank() ? "{}" : json) instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new SimulationException(List.of("scenario: not valid JSON: " + e.getOriginalMessage()));
        }
        throw new SimulationException(List.of("scenario: must be a JSON object"));
    }
}
