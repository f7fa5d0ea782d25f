package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a trace CSV from bytes straight into a {@link TraceBuilder}, checking every field of every row; each problem
 * names the line and the field, up to {@value #MAX_REPORTED}, then a count. Rows after the first problem are still
 * checked but no longer kept.
 */
final class TraceCsvReader {

    static final int MAX_REPORTED = 20;
    private static final int FIELDS = TraceCsv.HEADER.size();
    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final byte[][] TIER_NAMES = names(TIERS);
    private static final byte[][] CHANNEL_NAMES = names(CHANNELS);
    private static final byte[][] HEADER = TraceCsv.HEADER.stream().map(h -> h.getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    private final CsvRecords csv;
    private final long sizeHint;
    private final List<String> problems = new ArrayList<>();
    private final long[] instant = new long[2];
    private int more;
    private boolean rowHasProblem;

    /** @param sizeHint the size of the input in bytes, or -1 when unknown */
    TraceCsvReader(InputStream in, long sizeHint) throws IOException {
        this.csv = new CsvRecords(in);
        this.sizeHint = sizeHint;
    }

    Trace read() throws IOException {
        if (!csv.next() || !header()) {
            throw new TraceFormatException(List.of("line " + (csv.fields() == 0 ? 1 : csv.line())
                    + ": the header must be " + String.join(",", TraceCsv.HEADER) + " but is "
                    + String.join(",", csv.fields() == 0 ? List.of() : csv.texts())), 0);
        }
        TraceBuilder builder = new TraceBuilder(expectedRows());
        while (csv.next()) {
            row(builder);
        }
        if (!problems.isEmpty()) {
            throw new TraceFormatException(problems, more);
        }
        if (builder.size() == 0) {
            throw new TraceFormatException(List.of("the trace has no contacts"), 0);
        }
        return builder.build();
    }

    private boolean header() {
        if (csv.fields() != FIELDS) {
            return false;
        }
        for (int f = 0; f < FIELDS; f++) {
            if (!csv.is(f, HEADER[f])) {
                return false;
            }
        }
        return true;
    }

    /** Rows to expect from the input size and the length of the lines read so far. */
    private int expectedRows() {
        int breaks = csv.bufferedLineBreaks();
        if (sizeHint <= 0 || breaks == 0) {
            return 1024;
        }
        double perRow = (double) csv.buffered() / breaks;
        return (int) Math.min(Integer.MAX_VALUE - 16, sizeHint / perRow * 1.02 + 64);
    }

    private void row(TraceBuilder builder) {
        rowHasProblem = false;
        if (csv.fields() != FIELDS) {
            problem("row", "has " + csv.fields() + " fields, expected " + FIELDS);
            return;
        }
        required(0, "contact_id");
        required(1, "customer_id");
        int tier = oneOf(2, "tier", TIER_NAMES, TIERS);
        int channel = oneOf(3, "channel", CHANNEL_NAMES, CHANNELS);
        arrival();
        double handle = seconds(5, "handle_seconds", csv.start(5), true);
        boolean atLeast = csv.end(6) - csv.start(6) >= 2 && csv.bytes(6)[csv.start(6)] == '>'
                && csv.bytes(6)[csv.start(6) + 1] == '=';
        double patience = csv.isEmpty(6) ? Double.NaN : seconds(6, "patience_seconds",
                atLeast ? csv.start(6) + 2 : csv.start(6), true);
        double value = csv.isEmpty(7) ? Double.NaN : seconds(7, "customer_value", csv.start(7), false);
        if (!rowHasProblem && problems.isEmpty()) {
            try {
                builder.add(csv.bytes(0), csv.start(0), csv.end(0), csv.bytes(1), csv.start(1), csv.end(1),
                        TIERS[tier], CHANNELS[channel], instant[0], (int) instant[1], handle, patience, atLeast, value);
            } catch (IllegalArgumentException e) {
                problem("arrival", "'" + csv.text(4) + "': " + e.getMessage());
            }
        }
    }

    private void problem(String field, String message) {
        rowHasProblem = true;
        if (problems.size() < MAX_REPORTED) {
            problems.add("line " + csv.line() + ", field " + field + ": " + message);
        } else {
            more++;
        }
    }

    private void required(int f, String field) {
        if (csv.isEmpty(f)) {
            problem(field, "is empty");
        } else if (!utf8(csv.bytes(f), csv.start(f), csv.end(f))) {
            problem(field, "is not valid UTF-8");
        }
    }

    private <E extends Enum<E>> int oneOf(int f, String field, byte[][] names, E[] values) {
        for (int k = 0; k < names.length; k++) {
            if (csv.is(f, names[k])) {
                return k;
            }
        }
        problem(field, "'" + csv.text(f) + "' is not one of " + Arrays.toString(values));
        return -1;
    }

    private void arrival() {
        try {
            AsciiNumbers.parseInstant(csv.bytes(4), csv.start(4), csv.end(4), instant);
        } catch (DateTimeParseException e) {
            problem("arrival", "'" + csv.text(4) + "' is not an ISO-8601 instant such as 2026-03-02T09:15:00Z");
        }
    }

    /** A finite number >= 0 in field {@code f} from {@code from}, or NaN after reporting a problem. */
    private double seconds(int f, String field, int from, boolean required) {
        byte[] b = csv.bytes(f);
        int to = csv.end(f);
        while (from < to && (b[from] & 0xFF) <= ' ') {
            from++;
        }
        if (from == to && required) {
            problem(field, "is empty");
            return Double.NaN;
        }
        try {
            double parsed = AsciiNumbers.parseDouble(b, from, to);
            if (parsed >= 0 && parsed < Double.POSITIVE_INFINITY) {
                return parsed;
            }
            problem(field, "'" + AsciiNumbers.text(b, from, to) + "' must be a finite number >= 0");
        } catch (NumberFormatException e) {
            problem(field, "'" + AsciiNumbers.text(b, from, to) + "' is not a number");
        }
        return Double.NaN;
    }

    private static boolean utf8(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, from, to - from));
                    return true;
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static byte[][] names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }
}
