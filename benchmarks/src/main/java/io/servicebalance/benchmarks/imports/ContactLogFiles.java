package io.servicebalance.benchmarks.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a plausible contact log of about {@code events} events as the three import files: customers (a third with an
 * account manager, a few churned at the end), two purchases each, and contacts spread over the year, answered (with a
 * handle time, a third of them rated) or abandoned. Counts are exact: the import must append {@link #events()}.
 */
final class ContactLogFiles {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] TIERS = {"PREMIUM", "STANDARD", "STANDARD", "BASIC", "BASIC", "CARE"};
    private static final String[] CHANNELS = {"PHONE", "PHONE", "CHAT", "EMAIL", "SOCIAL"};
    private static final String[] TYPES = {"INQUIRY", "REQUEST", "FEEDBACK"};

    private final SplittableRandom random = new SplittableRandom(42);
    private long events;
    private long rows;

    long events() {
        return events;
    }

    long rows() {
        return rows;
    }

    void write(Path dir, long targetEvents) throws IOException {
        int customers = (int) Math.max(1, targetEvents / 40);
        try (BufferedWriter c = Files.newBufferedWriter(dir.resolve("customers.csv"));
             BufferedWriter p = Files.newBufferedWriter(dir.resolve("purchases.csv"))) {
            c.write("customer_id,name,email,tier,account_manager,registered_at,churned_at\n");
            p.write("customer_id,amount,currency,occurred_at\n");
            for (int i = 0; i < customers; i++) {
                customer(c, p, i);
            }
        }
        try (BufferedWriter k = Files.newBufferedWriter(dir.resolve("contacts.csv"))) {
            k.write("contact_id,customer_id,channel,type,received_at,answered_at,abandoned_at,handle_seconds,rating\n");
            for (long n = 0; events < targetEvents; n++) {
                contact(k, n, customers);
            }
        }
    }

    private void customer(BufferedWriter c, BufferedWriter p, int i) throws IOException {
        String manager = i % 3 == 0 ? "manager" + (1 + i % 2) : "";
        String churned = i % 50 == 7 ? START.plusSeconds(364L * 86_400).toString() : "";
        c.write("b-c-" + i + ",Customer " + i + ",customer" + i + "@example.com," + TIERS[i % TIERS.length] + ","
                + manager + "," + START + "," + churned + "\n");
        events += 1 + (manager.isEmpty() ? 0 : 1) + (churned.isEmpty() ? 0 : 1);
        for (int j = 0; j < 2; j++) {
            p.write("b-c-" + i + "," + (10 + random.nextInt(5000)) + "." + (10 + random.nextInt(90)) + ",EUR,"
                    + START.plusSeconds(86_400L * (1 + random.nextInt(360))) + "\n");
            events++;
        }
        rows += 3;
    }

    private void contact(BufferedWriter k, long n, int customers) throws IOException {
        Instant received = START.plusSeconds(86_400L + random.nextLong(360L * 86_400)).plusMillis(random.nextInt(1000));
        StringBuilder row = new StringBuilder().append("b-k-").append(n).append(",b-c-")
                .append(random.nextInt(customers)).append(',').append(CHANNELS[random.nextInt(CHANNELS.length)])
                .append(',').append(TYPES[random.nextInt(TYPES.length)]).append(',').append(received).append(',');
        events++;
        if (random.nextDouble() < 0.9) {
            row.append(received.plusSeconds(random.nextInt(120))).append(",,").append(60 + random.nextInt(600));
            events += 2;
            if (random.nextDouble() < 0.33) {
                row.append(',').append(1 + random.nextInt(5));
                events++;
            } else {
                row.append(',');
            }
        } else {
            row.append(',').append(received.plusSeconds(5 + random.nextInt(300))).append(",,");
            events++;
        }
        k.write(row.append('\n').toString());
        rows++;
    }
}
