package io.servicebalance.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the field name out of a validation message of the form {@code "<field> <what is wrong>"} ({@code "email must
 * be an e-mail address"}), the form every compact constructor in ServiceBalance uses, or {@code "<field>: <what is
 * wrong>"}. A message of any other form names no field: its first word is a word, not a field ({@code "the ..."}).
 */
public final class FieldMessages {

    private static final Pattern LEADING_FIELD = Pattern.compile(
            "^([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)*)(?::\\s+|\\s+(?=(?:must|is|are|needs|has)\\b))(.+)$",
            Pattern.DOTALL);

    private FieldMessages() {
    }

    static Problems.FieldError fromMessage(String message) {
        return fromMessage(message, "body");
    }

    /** The field a message names, or {@code fallback} with the whole message when it names none. */
    public static Problems.FieldError fromMessage(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return new Problems.FieldError(fallback, "is not valid");
        }
        Matcher m = LEADING_FIELD.matcher(message.strip());
        if (m.matches()) {
            return new Problems.FieldError(m.group(1), m.group(2));
        }
        return new Problems.FieldError(fallback, message.strip());
    }
}
