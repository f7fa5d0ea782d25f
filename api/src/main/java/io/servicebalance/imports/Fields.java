package io.servicebalance.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Reads the typed values of one row; each malformed value is reported by file, line and column and read as absent.
 */
final class Fields {

    /** The business times an import accepts: the write API's range (servicebalance.business-time). */
    record Range(Instant earliest, Instant latest) {
    }

    private final ImportFormat format;
    private final Range range;
    private final String file;
    private final CsvFile.Row row;
    private final ImportProblems problems;
    private boolean bad;

    Fields(ImportFormat format, Range range, String file, CsvFile.Row row, ImportProblems problems) {
        this.format = format;
        this.range = range;
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    /** Whether any value of the row was reported. */
    boolean bad() {
        return bad;
    }

    long line() {
        return row.line();
    }

    void problem(String column, String message) {
        bad = true;
        problems.add(file, row.line(), column, message);
    }

    String optionalText(String column) {
        String value = row.get(format.column(column));
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i))) {
                    problem(column, "must not contain control characters");
                    return null;
                }
            }
        }
        return value;
    }

    String text(String column) {
        String value = optionalText(column);
        if (value == null && !bad) {
            problem(column, "is required");
        }
        return value;
    }

    Instant instant(String column) {
        Instant value = optionalInstant(column);
        if (value == null && row.get(format.column(column)) == null) {
            problem(column, "is required");
        }
        return value;
    }

    Instant optionalInstant(String column) {
        String value = row.get(format.column(column));
        if (value == null) {
            return null;
        }
        try {
            Instant at = Instants.parse(value);
            if (at.isBefore(range.earliest()) || at.isAfter(range.latest())) {
                problem(column, "'" + value + "' must lie between " + range.earliest() + " and " + range.latest()
                        + " (servicebalance.business-time)");
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not an ISO-8601 instant with Z or an offset, like 2026-01-05T08:30:00Z");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(column, "unknown " + column + " '" + value + "'; one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    Long optionalWhole(String column) {
        String value = row.get(format.column(column));
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            problem(column, "'" + value + "' is not a whole number");
            return null;
        }
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, "'" + value + "' is not a decimal number like 12.50");
            return null;
        }
    }
}
