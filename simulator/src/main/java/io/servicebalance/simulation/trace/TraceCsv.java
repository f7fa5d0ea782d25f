package io.servicebalance.simulation.trace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes traces as CSV with the header
 * {@code contact_id,customer_id,tier,channel,arrival,handle_seconds,patience_seconds,customer_value}. Arrival is an
 * ISO-8601 instant; patience is empty (unknown), a number of seconds (exact) or {@code >=N} (at least N seconds);
 * customer value may be empty. Every malformed row is reported with its line and field before anything runs.
 * Reading is a hand-written byte parser into primitive columns ({@link TraceCsvReader}); writing uses Commons CSV.
 */
public final class TraceCsv {

    public static final List<String> HEADER = List.of("contact_id", "customer_id", "tier", "channel", "arrival",
            "handle_seconds", "patience_seconds", "customer_value");

    private TraceCsv() {
    }

    public static Trace read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new TraceCsvReader(in, Files.size(file)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trace " + file + ": " + e.getMessage(), e);
        }
    }

    public static Trace read(Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new TraceCsvReader(new ByteArrayInputStream(bytes), bytes.length).read();
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
