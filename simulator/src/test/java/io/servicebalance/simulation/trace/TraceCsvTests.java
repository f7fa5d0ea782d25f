package io.servicebalance.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCsvTests {

    private static final String HEADER = String.join(",", TraceCsv.HEADER) + "\n";

    @TempDir
    Path dir;

    private static Trace read(String rows) throws IOException {
        return TraceCsv.read(new StringReader(HEADER + rows));
    }

    @Test
    void readsEveryFieldAndOrdersByArrival() throws IOException {
        Trace trace = read("""
                b,cust-2,PREMIUM,CHAT,2026-03-02T09:00:05Z,300.5,>=42,1200
                a,cust-1,CARE,PHONE,2026-03-02T09:00:00Z,180,95.5,
                c,cust-3,BASIC,EMAIL,2026-03-02T09:01:00Z,600,,
                """);
        assertThat(trace.size()).isEqualTo(3);
        assertThat(trace.origin()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(trace.contactId(0)).isEqualTo("a");
        assertThat(trace.tier(0)).isEqualTo(ServiceTier.CARE);
        assertThat(trace.patienceSeconds(0)).isEqualTo(95.5);
        assertThat(trace.patienceIsLowerBound(0)).isFalse();
        assertThat(trace.channel(1)).isEqualTo(Channel.CHAT);
        assertThat(trace.arrival(1)).isEqualTo(5.0);
        assertThat(trace.patienceSeconds(1)).isEqualTo(42);
        assertThat(trace.patienceIsLowerBound(1)).isTrue();
        assertThat(trace.customerValue(1)).isEqualTo(1200);
        assertThat(trace.patienceSeconds(2)).isNaN();
        assertThat(trace.customerValue(2)).isNaN();
    }

    @Test
    void writesWhatItReads() throws IOException {
        String rows = """
                a,cust-1,CARE,PHONE,2026-03-02T09:00:00Z,180,95.5,
                b,cust-2,PREMIUM,CHAT,2026-03-02T09:00:05.250Z,300.5,>=42,1200
                c,cust-3,BASIC,EMAIL,2026-03-02T09:01:00Z,600,,
                """;
        StringWriter out = new StringWriter();
        TraceCsv.write(read(rows), out);
        assertThat(out.toString()).isEqualTo(HEADER + rows);
    }

    @Test
    void namesTheLineAndFieldOfEveryMalformedRow() {
        assertThatThrownBy(() -> read("""
                a,cust-1,GOLD,PHONE,2026-03-02T09:00:00Z,180,,
                b,cust-2,PREMIUM,FAX,2026-03-02T09:00:05Z,-3,,
                c,cust-3,BASIC,EMAIL,yesterday,600,soon,-1
                """))
                .isInstanceOf(TraceFormatException.class)
                .satisfies(e -> assertThat(((TraceFormatException) e).problems()).containsExactly(
                        "line 2, field tier: 'GOLD' is not one of [PREMIUM, STANDARD, BASIC, CARE]",
                        "line 3, field channel: 'FAX' is not one of [PHONE, CHAT, EMAIL, SOCIAL]",
                        "line 3, field handle_seconds: '-3' must be a finite number >= 0",
                        "line 4, field arrival: 'yesterday' is not an ISO-8601 instant such as 2026-03-02T09:15:00Z",
                        "line 4, field patience_seconds: 'soon' is not a number",
                        "line 4, field customer_value: '-1' must be a finite number >= 0"));
    }

    @Test
    void refusesAWrongHeaderAShortRowAndAnEmptyTrace() {
        assertThatThrownBy(() -> TraceCsv.read(new StringReader("id,tier\n1,BASIC\n")))
                .hasMessageStartingWith("line 1: the header must be contact_id,customer_id,tier");
        assertThatThrownBy(() -> read("a,cust-1,CARE,PHONE\n"))
                .hasMessage("line 2, field row: has 4 fields, expected 8");
        assertThatThrownBy(() -> read("")).hasMessage("the trace has no contacts");
    }

    @Test
    void readsQuotedFieldsCarriageReturnsAndAByteOrderMark() throws IOException {
        Trace trace = TraceCsv.read(new StringReader("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "\"a,1\",\"cust \"\"x\"\"\",CARE,PHONE, 2026-03-02T09:00:00Z ,\" 180 \",,\r\n"
                + "\r\n"
                + "\"multi\nline\",cust-2,BASIC,CHAT,2026-03-02T09:00:01.5Z,60,>= 12.5,7\r"
                + "c,cust-3,BASIC,CHAT,2026-03-02T10:15:00+01:00,1e2,0,\"\""));
        assertThat(trace.size()).isEqualTo(3);
        assertThat(trace.contactId(0)).isEqualTo("a,1");
        assertThat(trace.customerId(0)).isEqualTo("cust \"x\"");
        assertThat(trace.handleSeconds(0)).isEqualTo(180);
        assertThat(trace.contactId(1)).isEqualTo("multi\nline");
        assertThat(trace.arrival(1)).isEqualTo(1.5);
        assertThat(trace.patienceSeconds(1)).isEqualTo(12.5);
        assertThat(trace.patienceIsLowerBound(1)).isTrue();
        assertThat(trace.customerValue(1)).isEqualTo(7);
        assertThat(trace.arrival(2)).isEqualTo(900);
        assertThat(trace.handleSeconds(2)).isEqualTo(100);
        assertThat(trace.patienceIsLowerBound(2)).isFalse();
        assertThat(trace.customerValue(2)).isNaN();
    }

    @Test
    void namesPhysicalLinesAfterBlankLinesAndLineBreaksInsideQuotes() {
        assertThatThrownBy(() -> read("\n\"two\nlines\",u,CARE,PHONE,2026-03-02T09:00:00Z,1,,\n"
                + "x,u,CARE,PHONE,2026-03-02T09:00:00Z,-1,,\n"))
                .hasMessage("line 5, field handle_seconds: '-1' must be a finite number >= 0");
    }

    @Test
    void refusesCsvThatCannotBeSplitAndIdsThatAreNotUtf8() throws IOException {
        assertThatThrownBy(() -> read("a,u,CARE,PHONE,2026-03-02T09:00:00Z,1,,\n\"open,u,CARE\n"))
                .hasMessage("line 3: unreadable CSV: a quote opened on this line is not closed before the end of the file");
        assertThatThrownBy(() -> read("\"a\"b,u,CARE,PHONE,2026-03-02T09:00:00Z,1,,\n"))
                .hasMessage("line 2: unreadable CSV: text after the closing quote of a field");
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "caf\u00e9,u,CARE,PHONE,2026-03-02T09:00:00Z,1,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TraceCsv.read(file)).hasMessage("line 2, field contact_id: is not valid UTF-8");
    }

    @Test
    void readsBackEveryContactOfALargeTraceAcrossBufferRefills() throws IOException {
        Trace written = new SyntheticTrace(Channel.CHAT, 900, 200, 120.0, new double[] {1, 2, 3, 4})
                .trace(40_000, Instant.parse("2026-03-02T00:00:00Z"), 3);
        Path file = dir.resolve("large.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            TraceCsv.write(written, out);
        }
        assertThat(Files.size(file)).isGreaterThan(3L << 20);
        Trace read = TraceCsv.read(file);
        assertThat(read.size()).isEqualTo(written.size());
        for (int i = 0; i < written.size(); i++) {
            assertThat(read.contact(i)).isEqualTo(written.contact(i));
            assertThat(read.arrival(i)).isEqualTo(written.arrival(i));
        }
    }

    @Test
    void reportsTwentyProblemsAndCountsTheRest() {
        String bad = "x,c,NOPE,PHONE,2026-03-02T09:00:00Z,1,,\n".repeat(25);
        assertThatThrownBy(() -> read(bad))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageEndingWith("; and 5 more")
                .satisfies(e -> assertThat(((TraceFormatException) e).problems()).hasSize(20));
    }
}
