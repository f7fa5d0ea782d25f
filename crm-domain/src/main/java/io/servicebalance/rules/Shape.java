package io.servicebalance.rules;

import java.time.Instant;
import java.util.regex.Pattern;

/** Shape checks for command and request records; every message starts with the field name. */
public final class Shape {

    /** The earliest instant a command may carry: PostgreSQL and ISO-8601 hold it without a sign or era. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant a command may carry (see {@link #EARLIEST}). */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

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
        plain(value, field);
    }

    /** Text holds no control character but tab, line feed and carriage return, and no broken surrogate pair. */
    public static void plain(String value, String field) {
        String problem = textProblem(value);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }

    /**
     * Why {@code value} is not storable, readable text (a control character other than tab, line feed and carriage
     * return, such as NUL; or half of a surrogate pair), or null when it is.
     */
    public static String textProblem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (U+%04X at position %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (a broken surrogate pair at position %d)".formatted(i);
            }
        }
        return null;
    }

    /** An optional instant within {@link #EARLIEST} and {@link #LATEST}. */
    public static void instant(Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new IllegalArgumentException(field + " must be between " + EARLIEST + " and " + LATEST);
        }
    }

    public static void email(String value) {
        text(value, "email", 254);
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException("email must be an e-mail address");
        }
    }

    /** {@code later} must not be before {@code earlier}: business time never runs backwards on one aggregate. */
    public static void notBefore(Instant later, Instant earlier, String what) {
        if (earlier != null && later.isBefore(earlier)) {
            throw new TimeRunsBackwards(what + " at " + later + " is before the last recorded event at " + earlier
                    + "; business time cannot run backwards");
        }
    }
}
