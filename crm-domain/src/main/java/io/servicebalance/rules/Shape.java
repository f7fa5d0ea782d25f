package io.servicebalance.rules;

import java.util.regex.Pattern;

/** Shape checks for command and request records; every message starts with the field name. */
public final class Shape {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Shape() {
    }

    public static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    public static void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        optionalText(value, field, max);
    }

    public static void optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
    }

    public static void email(String value) {
        text(value, "email", 254);
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException("email must be an e-mail address");
        }
    }

    /** {@code later} must not be before {@code earlier}: business time never runs backwards on one aggregate. */
    public static void notBefore(java.time.Instant later, java.time.Instant earlier, String what) {
        if (earlier != null && later.isBefore(earlier)) {
            throw RuleViolation.unprocessable("time-runs-backwards", what + " at " + later
                    + " is before the last recorded event at " + earlier + "; business time cannot run backwards");
        }
    }
}
