package io.servicebalance.postgres.build;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the ICU data library ({@code libicudata.so}, 26 MB of locale data) down to what PostgreSQL's ICU collations
 * use: every collation, character properties, normalisation and break rules, and the root resources; not the
 * converters, dictionaries, character names, time zones, currencies, unit, language and region names, nor the
 * per-locale formatting data. The ELF file keeps its size and layout: the items left out are taken from the table of contents of ICU's
 * common data and their bytes zeroed, which the archive then compresses to almost nothing.
 */
final class IcuData {

    /** Item names (below {@code icudtNNl/}) that stay. */
    static final Pattern KEPT = Pattern.compile(String.join("|",
            "coll/.*",
            "(?!unames\\.icu)[^/]*\\.(icu|nrm|spp|cfu)",
            "(root|res_index|pool|keyTypeData|likelySubtags|metadata|supplementalData|plurals|numberingSystems"
                    + "|timezoneTypes|metaZones|windowsZones|dayPeriods|genderList|grammaticalFeatures)\\.res",
            "brkitr/[^/]*\\.(brk|res)"));

    private IcuData() {
    }

    /** The library with only the {@link #KEPT} items; fails when it holds no little-endian ICU common data. */
    static byte[] keepOnlyCollationEssentials(byte[] library) {
        byte[] out = library.clone();
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        int toc = tableOfContents(out);
        int count = buf.getInt(toc);
        List<int[]> kept = new ArrayList<>();
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = buf.getInt(toc + 8 + 8 * i);
        }
        int[] sorted = starts.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < count; i++) {
            int nameOffset = buf.getInt(toc + 4 + 8 * i);
            int next = nextStart(sorted, starts[i]);
            if (next < 0 || KEPT.matcher(itemName(out, toc + nameOffset)).matches()) {
                kept.add(new int[] {nameOffset, starts[i]});
            } else {
                Arrays.fill(out, toc + starts[i], toc + next, (byte) 0);
            }
        }
        buf.putInt(toc, kept.size());
        for (int i = 0; i < count; i++) {
            buf.putInt(toc + 4 + 8 * i, i < kept.size() ? kept.get(i)[0] : 0);
            buf.putInt(toc + 8 + 8 * i, i < kept.size() ? kept.get(i)[1] : 0);
        }
        return out;
    }

    /** Offset of the table of contents: after the data header whose format is "CmnD" (ICU common data). */
    private static int tableOfContents(byte[] data) {
        byte[] format = "CmnD".getBytes(StandardCharsets.US_ASCII);
        for (int at = 12; at + 4 <= data.length; at++) {
            if (Arrays.equals(data, at, at + 4, format, 0, 4)) {
                int header = at - 12;
                boolean magic = (data[header + 2] & 0xff) == 0xda && (data[header + 3] & 0xff) == 0x27;
                boolean littleEndian = data[header + 8] == 0;
                if (magic && littleEndian) {
                    return header + ((data[header] & 0xff) | (data[header + 1] & 0xff) << 8);
                }
            }
        }
        throw new IllegalArgumentException("no little-endian ICU common data (CmnD) in the library");
    }

    private static int nextStart(int[] sorted, int start) {
        int i = Arrays.binarySearch(sorted, start);
        while (i < sorted.length && sorted[i] == start) {
            i++;
        }
        return i < sorted.length ? sorted[i] : -1;
    }

    private static String itemName(byte[] data, int at) {
        int end = at;
        while (data[end] != 0) {
            end++;
        }
        String name = new String(data, at, end - at, StandardCharsets.US_ASCII);
        return name.substring(name.indexOf('/') + 1);
    }
}
