package io.servicebalance.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the field name out of a validation message of the form {@code "<field> <what is wrong>"}, the form every
 * compact constructor in ServiceBalance uses.
 */
final class FieldMessages {

    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*)\\s+(.+)$",
            Pattern.DOTALL);

    private FieldMessages() {
    }

    static Problems.FieldError fromMessage(String message) {
        if (message == null || message.isBlank()) {
            return new Problems.FieldError("body", "is not valid");
        }
        Matcher m = LEADING_FIELD.matcher(message.strip());
        if (m.matches()) {
            return new Problems.FieldError(m.group(1), m.group(2));
        }
        return new Problems.FieldError("body", message.strip());
    }
}
