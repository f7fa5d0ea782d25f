package io.servicebalance.eventstore.bulk;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Axon's stored timestamp text ({@link DateTimeUtils#formatInstant}: {@code 2026-01-07T09:00:12.345Z}, milliseconds
 * truncated), written without a formatter for the years 1000-9999 and by Axon's own formatter otherwise.
 */
final class AxonTimestamps {

    private static final long FIRST = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
    private static final long END = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    private AxonTimestamps() {
    }

    static String format(Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds < FIRST || seconds >= END) {
            return DateTimeUtils.formatInstant(at);
        }
        long day = Math.floorDiv(seconds, 86_400);
        int second = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        char[] t = new char[24];
        digits(t, 0, date.getYear(), 4);
        t[4] = '-';
        digits(t, 5, date.getMonthValue(), 2);
        t[7] = '-';
        digits(t, 8, date.getDayOfMonth(), 2);
        t[10] = 'T';
        digits(t, 11, second / 3600, 2);
        t[13] = ':';
        digits(t, 14, second / 60 % 60, 2);
        t[16] = ':';
        digits(t, 17, second % 60, 2);
        t[19] = '.';
        digits(t, 20, at.getNano() / 1_000_000, 3);
        t[23] = 'Z';
        return new String(t);
    }

    private static void digits(char[] t, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            t[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
