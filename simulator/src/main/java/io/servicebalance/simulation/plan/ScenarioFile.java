package io.servicebalance.simulation.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.servicebalance.simulation.SimulationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario from JSON strictly (unknown fields are errors) into its records and checks their constraints:
 * every problem in one exception.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ScenarioFile() {
    }

    public static Scenario read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws SimulationException listing every problem of the scenario */
    public static Scenario parse(String json) {
        Scenario scenario;
        try {
            scenario = JSON.readValue(json, Scenario.class);
        } catch (JsonMappingException e) {
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            throw new SimulationException(List.of((at.isEmpty() ? "" : at + ": ") + e.getOriginalMessage()
                    .replaceAll(" \\(class [^)]*\\)", "").replaceAll(",? not marked as ignorable.*", "")));
        } catch (JsonProcessingException e) {
            throw new SimulationException(List.of("the scenario is not valid JSON: " + e.getOriginalMessage()));
        }
        if (scenario == null) {
            throw new SimulationException(List.of("the scenario is empty"));
        }
        List<String> problems = problems(scenario);
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        return scenario;
    }

    /** Every violation of the scenario's constraints, each naming its place in the file; empty when valid. */
    public static List<String> problems(Scenario scenario) {
        return ScenarioValidation.problems(scenario);
    }

    /** The same scenario with other {@code targets} (through its JSON form, whatever components it has). */
    static Scenario withTargets(Scenario scenario, Scenario.Targets targets) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = JSON.valueToTree(scenario);
        tree.set("targets", JSON.valueToTree(targets));
        try {
            return JSON.treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Scenario scenario) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
