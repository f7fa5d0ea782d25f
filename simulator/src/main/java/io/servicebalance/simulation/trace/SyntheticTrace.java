package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Textbook traces for validation and benchmarks: Poisson arrivals, exponential handle times and, optionally,
 * exponential patience written into the trace, with tiers drawn by their shares. Deterministic for a seed.
 *
 * @param tierShares share of each tier, in {@link ServiceTier} order; they need not sum to one
 */
public record SyntheticTrace(Channel channel, double arrivalsPerHour, double ahtSeconds, Double patienceSeconds,
                             double[] tierShares) {

    public SyntheticTrace {
        if (!(arrivalsPerHour > 0) || !(ahtSeconds > 0) || (patienceSeconds != null && !(patienceSeconds > 0))) {
            throw new IllegalArgumentException("rates, handle time and patience must be positive");
        }
        if (tierShares.length != ServiceTier.values().length) {
            throw new IllegalArgumentException("one share per tier");
        }
    }

    /** All contacts STANDARD. */
    public static SyntheticTrace of(Channel channel, double arrivalsPerHour, double ahtSeconds, Double patience) {
        double[] shares = new double[ServiceTier.values().length];
        shares[ServiceTier.STANDARD.ordinal()] = 1;
        return new SyntheticTrace(channel, arrivalsPerHour, ahtSeconds, patience, shares);
    }

    public List<TraceContact> contacts(int count, Instant start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = 0;
        for (double s : tierShares) {
            total += s;
        }
        List<TraceContact> contacts = new ArrayList<>(count);
        double t = 0;
        double rate = arrivalsPerHour / 3600;
        for (int i = 0; i < count; i++) {
            t += exponential(random, 1 / rate);
            ServiceTier tier = tier(random.nextDouble() * total);
            double handle = exponential(random, ahtSeconds);
            Patience patience = patienceSeconds == null ? Patience.unknown()
                    : Patience.exactly(exponential(random, patienceSeconds));
            long nanos = Math.round(t * 1e9);
            contacts.add(new TraceContact("c" + i, "u" + (i % 10_007), tier, channel, start.plusNanos(nanos), handle,
                    patience, null));
        }
        return contacts;
    }

    public Trace trace(int count, Instant start, long seed) {
        return Trace.of(contacts(count, start, seed));
    }

    private ServiceTier tier(double u) {
        double cumulative = 0;
        for (ServiceTier t : ServiceTier.values()) {
            cumulative += tierShares[t.ordinal()];
            if (u < cumulative) {
                return t;
            }
        }
        return ServiceTier.values()[ServiceTier.values().length - 1];
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log1p(-random.nextDouble());
    }
}
