package io.servicebalance.simulation.trace;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes traces as CSV with the header
 * {@code contact_id,customer_id,tier,channel,arrival,handle_seconds,patience_seconds,customer_value}. Arrival is an
 * ISO-8601 instant; patience is empty (unknown), a number of seconds (exact) or {@code >=N} (at least N seconds);
 * customer value may be empty. Every malformed row is reported with its line and field before anything runs.
 */
public final class TraceCsv {

    public static final List<String> HEADER = List.of("contact_id", "customer_id", "tier", "channel", "arrival",
            "handle_seconds", "patience_seconds", "customer_value");
    private static final int MAX_REPORTED = 20;

    private TraceCsv() {
    }

    public static Trace read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trace " + file + ": " + e.getMessage(), e);
        }
    }

    public static Trace read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<String> problems = new ArrayList<>();
        int[] more = {0};
        List<TraceContact> contacts = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new TraceFormatException(List.of("line 1: the header must be " + String.join(",", HEADER)
                        + " but is " + String.join(",", parser.getHeaderNames())), 0);
            }
            for (CSVRecord row : parser) {
                TraceRow parsed = new TraceRow(row);
                if (parsed.problems().isEmpty()) {
                    contacts.add(parsed.contact());
                } else {
                    parsed.problems().forEach(p -> {
                        if (problems.size() < MAX_REPORTED) {
                            problems.add(p);
                        } else {
                            more[0]++;
                        }
                    });
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new TraceFormatException(List.of("unreadable CSV: " + e.getMessage()), 0);
        }
        if (!problems.isEmpty()) {
            throw new TraceFormatException(problems, more[0]);
        }
        if (contacts.isEmpty()) {
            throw new TraceFormatException(List.of("the trace has no contacts"), 0);
        }
        return Trace.of(contacts);
    }

    public static void write(Trace trace, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(HEADER);
        for (int i = 0; i < trace.size(); i++) {
            TraceContact c = trace.contact(i);
            printer.printRecord(c.contactId(), c.customerId(), c.tier(), c.channel(), c.arrival(),
                    Durations.plain(c.handleSeconds()), c.patience(),
                    c.customerValue() == null ? "" : Durations.plain(c.customerValue()));
        }
        printer.flush();
    }
}
