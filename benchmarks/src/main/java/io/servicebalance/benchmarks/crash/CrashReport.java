package io.servicebalance.benchmarks.crash;

import java.io.PrintWriter;

/** Acknowledged, lost and duplicated commands per kill cycle (the load before each kill) and in total. */
final class CrashReport {

    private final long[] acknowledged;
    private final long[] lostInStore;
    private final long[] duplicatedInStore;
    private final long[] lostInTimeline;
    private final long[] duplicatedInTimeline;

    CrashReport(int cycles) {
        acknowledged = new long[cycles + 1];
        lostInStore = new long[cycles + 1];
        duplicatedInStore = new long[cycles + 1];
        lostInTimeline = new long[cycles + 1];
        duplicatedInTimeline = new long[cycles + 1];
    }

    void add(int cycle, int inStore, int inTimeline) {
        acknowledged[cycle]++;
        lostInStore[cycle] += inStore == 0 ? 1 : 0;
        duplicatedInStore[cycle] += inStore > 1 ? 1 : 0;
        lostInTimeline[cycle] += inTimeline == 0 ? 1 : 0;
        duplicatedInTimeline[cycle] += inTimeline > 1 ? 1 : 0;
    }

    long lostOrDuplicated() {
        return sum(lostInStore) + sum(duplicatedInStore) + sum(lostInTimeline) + sum(duplicatedInTimeline);
    }

    void print(PrintWriter out, int unanswered, int refused) {
        out.println("load before | acknowledged | lost (store) | duplicated (store) | lost (timeline) | duplicated (timeline)");
        for (int c = 1; c < acknowledged.length; c++) {
            out.printf("%-11s | %,12d | %,12d | %,18d | %,15d | %,21d%n",
                    c == acknowledged.length - 1 ? "the end" : "kill " + c, acknowledged[c], lostInStore[c],
                    duplicatedInStore[c], lostInTimeline[c], duplicatedInTimeline[c]);
        }
        out.printf("%-11s | %,12d | %,12d | %,18d | %,15d | %,21d%n", "total", sum(acknowledged), sum(lostInStore),
                sum(duplicatedInStore), sum(lostInTimeline), sum(duplicatedInTimeline));
        out.printf("commands without an answer (server down; not acknowledged, so neither counted): %,d;"
                + " refused with an error status: %,d%n", unanswered, refused);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
