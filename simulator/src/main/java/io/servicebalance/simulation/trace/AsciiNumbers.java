package io.servicebalance.simulation.trace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Numbers and instants read straight from bytes. The common shapes ({@code 183}, {@code 183.25};
 * {@code 2026-03-02T09:15:00Z} with up to nine fraction digits) are decoded here with the same result as
 * {@link Double#parseDouble} and {@link Instant#parse}; anything else is handed to those methods, so the accepted
 * language and every value are exactly theirs.
 */
final class AsciiNumbers {

    /** Powers of ten exactly representable as doubles. */
    private static final double[] POWERS = new double[16];
    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10,
        1};

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private AsciiNumbers() {
    }

    /**
     * The decimal number in {@code [from, to)}.
     *
     * @throws NumberFormatException when {@link Double#parseDouble} would
     */
    static double parseDouble(byte[] b, int from, int to) {
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                mantissa = mantissa * 10 + c;
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (b[i] == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(text(b, from, to));
            }
        }
        // At most 15 digits: the mantissa and the power of ten are exact doubles, so one correctly rounded division
        // gives the correctly rounded value, which is what Double.parseDouble returns.
        if (digits == 0 || digits > 15) {
            return Double.parseDouble(text(b, from, to));
        }
        return fraction <= 0 ? mantissa : mantissa / POWERS[fraction];
    }

    /**
     * The instant in {@code [from, to)}, into {@code out[0]} (epoch second) and {@code out[1]} (nano).
     *
     * @throws DateTimeParseException when {@link Instant#parse} would
     */
    static void parseInstant(byte[] b, int from, int to, long[] out) {
        if (!quickInstant(b, from, to, out)) {
            Instant parsed = Instant.parse(text(b, from, to));
            out[0] = parsed.getEpochSecond();
            out[1] = parsed.getNano();
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fffffffff]Z} with valid fields, or false to let {@link Instant#parse} decide. */
    private static boolean quickInstant(byte[] b, int from, int to, long[] out) {
        int length = to - from;
        if (length < 20 || length > 30 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-'
                || b[from + 10] != 'T' || b[from + 13] != ':' || b[from + 16] != ':') {
            return false;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        int nano = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (b[from + 19] != '.' || fractionDigits < 1) {
                return false;
            }
            int fraction = digits(b, from + 20, fractionDigits);
            if (fraction < 0) {
                return false;
            }
            nano = fraction * NANO_SCALE[fractionDigits];
        }
        out[0] = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        out[1] = nano;
        return true;
    }

    /** The value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 in the proleptic Gregorian calendar (years 0-9999). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
