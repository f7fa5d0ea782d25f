package io.servicebalance.simulation.plan;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Jakarta Bean Validation of a scenario, standalone (no Spring, no expression language): every violation at once,
 * each as {@code path message} ({@code costs.perAbandoned.PHONE must not be negative}) or {@code path: message}
 * ({@code grid.agents: unknown channel 'FAX' (...)}), in path order.
 */
final class ScenarioValidation {

    private static final Pattern PREDICATE = Pattern.compile("^(must|is|needs) .*");
    private static final Validator VALIDATOR = validator();

    private ScenarioValidation() {
    }

    static List<String> problems(Scenario scenario) {
        return VALIDATOR.validate(scenario).stream().map(ScenarioValidation::describe).sorted().distinct().toList();
    }

    private static String describe(ConstraintViolation<Scenario> violation) {
        String at = path(violation.getPropertyPath());
        String message = violation.getMessage();
        if (at.isEmpty()) {
            return message;
        }
        return at + (PREDICATE.matcher(message).matches() ? " " : ": ") + message;
    }

    /** {@code costs.agentPerHour.PHONE}, {@code grid.priority[1]}; a bad map key is reported on its map. */
    static String path(Path path) {
        StringBuilder at = new StringBuilder();
        for (Path.Node node : path) {
            boolean key = node.getKind() == ElementKind.CONTAINER_ELEMENT && "<map key>".equals(node.getName());
            if (node.isInIterable() && !key) {
                if (node.getKey() != null) {
                    at.append('.').append(node.getKey());
                } else if (node.getIndex() != null) {
                    at.append('[').append(node.getIndex()).append(']');
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<") && node.getKind() != ElementKind.BEAN) {
                at.append(at.isEmpty() ? "" : ".").append(name);
            }
        }
        return !at.isEmpty() && at.charAt(0) == '.' ? at.substring(1) : at.toString();
    }

    private static Validator validator() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        return factory.getValidator();
    }
}
