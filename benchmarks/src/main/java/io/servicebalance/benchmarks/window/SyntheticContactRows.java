package io.servicebalance.benchmarks.window;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Synthetic rows of the contact history read model, written with COPY straight into its tables (no events: the
 * benchmark measures reading a window, not the processor). Deterministic per seed and per month, so a month's rows
 * are the same whether it is written alone or as part of a year. About 19 contacts per customer and year, as seed's
 * tier mix makes.
 */
final class SyntheticContactRows {

    private static final String[] TIERS = {"PREMIUM", "STANDARD", "BASIC", "CARE"};
    private static final double[] TIER_SHARE = {0.10, 0.60, 0.25, 0.05};
    private static final double[] CONTACTS_PER_YEAR = {40, 20, 8, 24};
    private static final String[] CHANNELS = {"PHONE", "CHAT", "EMAIL", "SOCIAL"};
    private static final double[] CHANNEL_SHARE = {0.55, 0.20, 0.20, 0.05};
    private static final String[] TYPES = {"INQUIRY", "REQUEST", "COMPLAINT", "FEEDBACK"};
    private static final double[] TYPE_SHARE = {0.50, 0.32, 0.08, 0.10};

    private final int customers;
    private final long seed;
    private final byte[] tiers;
    private final double[] cumulativeWeight;

    SyntheticContactRows(int customers, long seed) {
        this.customers = customers;
        this.seed = seed;
        this.tiers = new byte[customers];
        this.cumulativeWeight = new double[customers];
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        for (int i = 0; i < customers; i++) {
            tiers[i] = (byte) pick(random, TIER_SHARE);
            total += CONTACTS_PER_YEAR[tiers[i]];
            cumulativeWeight[i] = total;
        }
    }

    /** Contacts a year, on average. */
    double contactsPerYear() {
        return cumulativeWeight[customers - 1];
    }

    /** COPY text rows of {@code contact_history_customer}. */
    void writeCustomers(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int i = 0; i < customers; i++) {
            double value = Math.round(random.nextDouble() * 2_000 * 100) / 100.0;
            out.write(customerId(i) + '\t' + TIERS[tiers[i]] + '\t' + value + '\t' + (random.nextDouble() < 0.05)
                    + '\n');
        }
    }

    /** COPY text rows of {@code contact_history} for the contacts received in one calendar month, in arrival order. */
    long writeMonth(LocalDate month, Writer out) throws IOException {
        Instant start = month.atStartOfDay(ZoneOffset.UTC).toInstant();
        long seconds = month.lengthOfMonth() * 86_400L;
        SplittableRandom random = new SplittableRandom(seed * 31 + month.toEpochDay());
        long count = Math.round(contactsPerYear() * month.lengthOfMonth() / 365.0);
        double step = seconds / (double) count;
        StringBuilder row = new StringBuilder(200);
        for (long k = 0; k < count; k++) {
            Instant received = start.plusMillis((long) ((k + random.nextDouble()) * step * 1000));
            int customer = customer(random);
            int channel = pick(random, CHANNEL_SHARE);
            int type = pick(random, TYPE_SHARE);
            double outcome = random.nextDouble();
            double wait = -Math.log(1 - random.nextDouble()) * (channel == 2 ? 3_600 : 40);
            row.setLength(0);
            row.append("k-").append(month).append('-').append(k).append('\t').append(customerId(customer))
                    .append('\t').append(CHANNELS[channel]).append('\t').append(TYPES[type]).append('\t')
                    .append(TIERS[tiers[customer]]).append('\t').append(received).append('\t');
            Instant after = received.plusMillis((long) (wait * 1000));
            boolean answered = outcome < 0.88;
            boolean abandoned = !answered && outcome < 0.99;
            row.append(answered ? after.toString() : "\\N").append('\t').append(abandoned ? after.toString() : "\\N")
                    .append('\t').append(type == 2 && answered ? after.plusSeconds(300).toString() : "\\N").append('\t')
                    .append(answered && random.nextDouble() < 0.95 ? String.valueOf(60 + random.nextInt(900)) : "\\N")
                    .append('\n');
            out.append(row);
        }
        return count;
    }

    private int customer(SplittableRandom random) {
        double u = random.nextDouble() * contactsPerYear();
        int lo = 0;
        int hi = customers - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String customerId(int i) {
        return "c-" + i;
    }

    private static int pick(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
