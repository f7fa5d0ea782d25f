package io.servicebalance.benchmarks.trace;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes an M/M/N+M PHONE trace as a contact centre's log would carry it: Poisson arrivals, exponential handle times,
 * times to the millisecond, tiers by share, one customer in ten contacts, patience unknown (the run draws it).
 */
final class MmnmTraceFile {

    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final double[] TIER_SHARES = {0.2, 0.5, 0.2, 0.1};

    private MmnmTraceFile() {
    }

    static void write(Path file, int contacts, double perHour, double ahtSeconds, Instant start, long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long startMillis = start.toEpochMilli();
        double t = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", TraceCsv.HEADER));
            out.write('\n');
            StringBuilder row = new StringBuilder(96);
            for (int i = 0; i < contacts; i++) {
                t += exponential(random, 3600 / perHour);
                ServiceTier tier = tier(random.nextDouble());
                long handleMillis = Math.round(exponential(random, ahtSeconds) * 1000);
                row.setLength(0);
                row.append("ct-").append(i + 1).append(",cust-").append(i % Math.max(1, contacts / 10) + 1)
                        .append(',').append(tier).append(",PHONE,")
                        .append(Instant.ofEpochMilli(startMillis + Math.round(t * 1000))).append(',');
                millis(row, handleMillis).append(",,\n");
                out.append(row);
            }
        }
    }

    private static StringBuilder millis(StringBuilder row, long millis) {
        row.append(millis / 1000).append('.');
        long fraction = millis % 1000;
        if (fraction < 100) {
            row.append('0');
        }
        if (fraction < 10) {
            row.append('0');
        }
        return row.append(fraction);
    }

    private static ServiceTier tier(double u) {
        double cumulative = 0;
        for (int t = 0; t < TIERS.length; t++) {
            cumulative += TIER_SHARES[t];
            if (u < cumulative) {
                return TIERS[t];
            }
        }
        return TIERS[TIERS.length - 1];
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log1p(-random.nextDouble());
    }
}
