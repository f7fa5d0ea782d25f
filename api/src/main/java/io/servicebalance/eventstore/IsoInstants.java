package io.servicebalance.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants of stored events without {@code DateTimeFormatter} for the shape the mapping writes
 * ({@code 2026-01-07T09:00:12.345Z}: years 0000-9999, up to nine fraction digits, UTC), which was about a tenth of a
 * processor's time to deserialize an event; every other shape or token goes to Jackson's own deserializer.
 */
final class IsoInstants extends StdScalarDeserializer<Instant> {

    private static final JsonDeserializer<Instant> FALLBACK = InstantDeserializer.INSTANT;

    IsoInstants() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = parse(parser.getText());
            if (fast != null) {
                return fast;
            }
        }
        return FALLBACK.deserialize(parser, context);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null for any other text (left to the formatter). */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || !separators(text)) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int nanos = fraction(text, length);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean separators(String t) {
        return t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T' && t.charAt(13) == ':'
                && t.charAt(16) == ':';
    }

    /** Nanoseconds of the optional fraction between the seconds and the Z; -1 when malformed. */
    private static int fraction(String text, int length) {
        if (length == 20) {
            return 0;
        }
        int digits = length - 21;
        if (text.charAt(19) != '.' || digits < 1 || digits > 9) {
            return -1;
        }
        int value = number(text, 20, digits);
        for (int i = digits; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }

    /** The non-negative decimal number of {@code width} digits at {@code from}; -1 when any is not a digit. */
    private static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
