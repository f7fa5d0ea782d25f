package io.servicebalance.simulation.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV bytes into records and fields the way Apache Commons CSV's default format does with trimming and empty
 * lines skipped (RFC 4180: {@code ,} between fields, {@code "} around fields that hold commas, quotes or line breaks,
 * {@code ""} for a quote inside them; records end at LF, CR LF or CR). Fields are trimmed of characters up to
 * U+0020 and handed out as byte slices: nothing is decoded or allocated per field. A UTF-8 byte order mark is
 * skipped. Records keep the physical line they start on.
 */
final class CsvRecords {

    private static final int NEED_MORE = -1;
    private static final int END = 0;
    private static final int RECORD = 1;

    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int lim;
    private boolean eof;
    private byte[] scratch = new byte[256];
    private int scratchLength;
    private int quotedLines;
    private long line = 1;
    private long recordLine;
    private int fields;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] quoted = new boolean[16];

    CsvRecords(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (lim - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    /** The bytes buffered so far, for estimating the size of what follows. */
    int buffered() {
        return lim - pos;
    }

    /** Line breaks in the buffered bytes. */
    int bufferedLineBreaks() {
        int count = 0;
        for (int i = pos; i < lim; i++) {
            if (buf[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the input
     * @throws TraceFormatException when the bytes are not CSV (a quote left open, text after a closing quote)
     */
    boolean next() throws IOException {
        while (true) {
            int status = record();
            if (status != NEED_MORE) {
                return status == RECORD;
            }
            fill();
        }
    }

    /** The physical line on which the current record starts. */
    long line() {
        return recordLine;
    }

    int fields() {
        return fields;
    }

    /** The bytes field {@code f} is a slice of (valid until {@link #next()}). */
    byte[] bytes(int f) {
        return quoted[f] ? scratch : buf;
    }

    int start(int f) {
        return starts[f];
    }

    int end(int f) {
        return ends[f];
    }

    String text(int f) {
        return AsciiNumbers.text(bytes(f), starts[f], ends[f]);
    }

    boolean isEmpty(int f) {
        return starts[f] == ends[f];
    }

    /** Whether field {@code f} is exactly {@code expected} (ASCII). */
    boolean is(int f, byte[] expected) {
        int from = starts[f];
        if (ends[f] - from != expected.length) {
            return false;
        }
        byte[] b = bytes(f);
        for (int i = 0; i < expected.length; i++) {
            if (b[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    List<String> texts() {
        String[] result = new String[fields];
        for (int f = 0; f < fields; f++) {
            result[f] = text(f);
        }
        return List.of(result);
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, lim, buf.length - lim);
        if (read < 0) {
            eof = true;
        } else {
            lim += read;
        }
    }

    /** Reads one record from the buffer; NEED_MORE leaves everything as it was. */
    private int record() {
        int p = pos;
        int lines = 0;
        while (true) {
            if (p == lim) {
                if (!eof) {
                    return NEED_MORE;
                }
                pos = p;
                line += lines;
                return END;
            }
            byte c = buf[p];
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                if (p + 1 == lim && !eof) {
                    return NEED_MORE;
                }
                p += p + 1 < lim && buf[p + 1] == '\n' ? 2 : 1;
            } else {
                break;
            }
            lines++;
        }
        long startLine = line + lines;
        fields = 0;
        scratchLength = 0;
        while (true) {
            int afterField;
            if (p < lim && buf[p] == '"') {
                afterField = quotedField(p + 1, line + lines);
                if (afterField == NEED_MORE) {
                    return NEED_MORE;
                }
                lines += quotedLines;
            } else {
                int from = p;
                while (p < lim) {
                    byte c = buf[p];
                    // Bytes above ',' (digits, letters, '-', '.', ':') are text after one comparison.
                    if (c > ',' || c != ',' && c != '\n' && c != '\r') {
                        p++;
                    } else {
                        break;
                    }
                }
                if (p == lim && !eof) {
                    return NEED_MORE;
                }
                addField(false, from, p);
                afterField = p;
            }
            p = afterField;
            if (p == lim) {
                break;
            }
            if (buf[p] == ',') {
                p++;
                continue;
            }
            if (buf[p] == '\r') {
                if (p + 1 == lim && !eof) {
                    return NEED_MORE;
                }
                p += p + 1 < lim && buf[p + 1] == '\n' ? 2 : 1;
            } else {
                p++;
            }
            lines++;
            break;
        }
        pos = p;
        recordLine = startLine;
        line += lines;
        return RECORD;
    }

    /**
     * Reads a quoted field whose content starts at {@code p}, on line {@code openedOn}, into the scratch buffer.
     *
     * @return the position of the delimiter, line break or end after it, or NEED_MORE
     */
    private int quotedField(int p, long openedOn) {
        int from = scratchLength;
        quotedLines = 0;
        while (true) {
            if (p == lim) {
                if (eof) {
                    throw unreadable(openedOn, "a quote opened on this line is not closed before the end of the file");
                }
                return NEED_MORE;
            }
            byte c = buf[p++];
            if (c == '"') {
                if (p == lim && !eof) {
                    return NEED_MORE;
                }
                if (p < lim && buf[p] == '"') {
                    append(c);
                    p++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                quotedLines++;
            } else if (c == '\r') {
                if (p == lim && !eof) {
                    return NEED_MORE;
                }
                if (p == lim || buf[p] != '\n') {
                    quotedLines++;
                }
            }
            append(c);
        }
        while (p < lim && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
            if (!isWhitespace(buf[p])) {
                throw unreadable(openedOn + quotedLines, "text after the closing quote of a field");
            }
            p++;
        }
        if (p == lim && !eof) {
            return NEED_MORE;
        }
        addField(true, from, scratchLength);
        return p;
    }

    /** {@link Character#isWhitespace} for one byte. */
    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F);
    }

    private void append(byte c) {
        if (scratchLength == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLength++] = c;
    }

    private void addField(boolean inScratch, int from, int to) {
        byte[] b = inScratch ? scratch : buf;
        while (from < to && (b[from] & 0xFF) <= ' ') {
            from++;
        }
        while (to > from && (b[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
            quoted = Arrays.copyOf(quoted, fields * 2);
        }
        starts[fields] = from;
        ends[fields] = to;
        quoted[fields] = inScratch;
        fields++;
    }

    private static TraceFormatException unreadable(long line, String message) {
        return new TraceFormatException(List.of("line " + line + ": unreadable CSV: " + message), 0);
    }
}
