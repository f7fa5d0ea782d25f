package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Traffic for tests from its own loop, independent of the engine and of the main sources' generators: Poisson
 * arrivals on PHONE whose rate follows a daily profile (weekends at a share of weekdays), exponential handle times,
 * exponential patience written into the trace, tiers by share, customers drawn from a fixed pool.
 */
public record PoissonTraffic(double weekdayPerHour, double weekendShare, double ahtSeconds, double patienceSeconds,
                      double[] tierShares, int customers) {

    public static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

    /** Contacts over {@code days} days from Monday 2026-03-02 UTC; open 08:00-20:00, none at night. */
    public Trace days(int days, long seed) {
        return days(days, seed, true);
    }

    /** As above; without {@code patienceKnown} the trace says nothing of patience (nobody recorded abandoning). */
    public Trace days(int days, long seed, boolean patienceKnown) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TraceContact> contacts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            double rate = weekdayPerHour * (d % 7 >= 5 ? weekendShare : 1) / 3600;
            double t = 8 * 3600;
            while (true) {
                t += -Math.log1p(-random.nextDouble()) / rate;
                if (t >= 20 * 3600) {
                    break;
                }
                add(contacts, random, d * 86_400.0 + t, patienceKnown);
            }
        }
        return Trace.of(contacts);
    }

    private void add(List<TraceContact> contacts, SplittableRandom random, double second, boolean patienceKnown) {
        double u = random.nextDouble();
        double total = 0;
        for (double s : tierShares) {
            total += s;
        }
        ServiceTier tier = ServiceTier.values()[ServiceTier.values().length - 1];
        double cumulative = 0;
        for (ServiceTier t : ServiceTier.values()) {
            cumulative += tierShares[t.ordinal()] / total;
            if (u < cumulative) {
                tier = t;
                break;
            }
        }
        double handle = -ahtSeconds * Math.log1p(-random.nextDouble());
        double patience = -patienceSeconds * Math.log1p(-random.nextDouble());
        int n = contacts.size();
        contacts.add(new TraceContact("t" + n, "k" + random.nextInt(customers), tier, Channel.PHONE,
                MONDAY.plusNanos(Math.round(second * 1e9)), handle,
                patienceKnown ? Patience.exactly(patience) : Patience.unknown(), null));
    }
}
