package io.servicebalance.rules;

import java.util.Objects;

/**
 * A command broke a business rule of an aggregate; nothing was recorded.
 * <p>
 * {@code rule} is a stable, kebab-case identifier clients may switch on (for example
 * {@code customer-already-registered}); the message explains the rule to a person.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final Kind kind;

    /** Whether the command conflicts with the aggregate's current state or is invalid in itself. */
    public enum Kind {
        /** The command cannot apply to the aggregate's current state (answered 409). */
        CONFLICT,
        /** The command is well-formed but breaks a domain rule whatever the state (answered 422). */
        UNPROCESSABLE
    }

    public RuleViolation(String rule, Kind kind, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(rule, Kind.CONFLICT, message);
    }

    public static RuleViolation unprocessable(String rule, String message) {
        return new RuleViolation(rule, Kind.UNPROCESSABLE, message);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
