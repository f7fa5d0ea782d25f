package io.servicebalance.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file: strict UTF-8 (a byte-order mark is skipped), a header row with exactly the format's column
 * names, then one row per record. Problems of the file as a whole are reported and no row is read.
 */
final class CsvFile {

    /** One data row: its line in the file and its values, an empty value being absent ({@code null}). */
    record Row(long line, String[] values) {
        String get(int column) {
            return values[column];
        }
    }

    private CsvFile() {
    }

    static void read(ImportSource source, ImportFormat format, ImportProblems problems, Consumer<Row> rows) {
        String text = decode(source, problems);
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            problems.add(source.name(), 0, null, "the file is empty; it needs the header row "
                    + String.join(",", format.header()));
            return;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            boolean header = true;
            long line = 0;
            for (CSVRecord record : parser) {
                line = Math.max(parser.getCurrentLineNumber(), line + 1);
                if (header) {
                    header = false;
                    if (!checkHeader(record, format, source.name(), problems)) {
                        return;
                    }
                } else if (record.size() != format.header().size()) {
                    if (!(record.size() == 1 && record.get(0).isEmpty())) {
                        problems.add(source.name(), line, null, "has " + record.size() + " fields; the header has "
                                + format.header().size());
                    }
                } else {
                    rows.accept(new Row(line, values(record)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(source.name(), 0, null, "is not valid CSV: " + e.getMessage());
        }
    }

    private static boolean checkHeader(CSVRecord record, ImportFormat format, String file, ImportProblems problems) {
        List<String> found = new ArrayList<>();
        record.forEach(found::add);
        if (!found.equals(format.header())) {
            problems.add(file, 1, null, "the header must be exactly " + String.join(",", format.header())
                    + " but is " + String.join(",", found));
            return false;
        }
        return true;
    }

    private static String[] values(CSVRecord record) {
        String[] values = new String[record.size()];
        for (int i = 0; i < values.length; i++) {
            String v = record.get(i);
            values[i] = v.isEmpty() ? null : v;
        }
        return values;
    }

    private static String decode(ImportSource source, ImportProblems problems) {
        byte[] bytes = source.content();
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.add(source.name(), lineAt(bytes, offset), null, "is not UTF-8: byte " + offset
                    + " (0x" + Integer.toHexString(bytes[offset] & 0xff) + ") cannot start or continue a character");
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
