package io.servicebalance.simulation.staffing;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceBuilder;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * An independent source of traffic for the optimiser's acceptance tests: Poisson arrivals whose rate is constant within
 * each half-hour (a rate per day of the week and half-hour given by the test), exponential handle times, patience left
 * unknown so the given patience model draws it. Its own loop of exponential gaps; it shares nothing with the engine
 * or the project's synthetic traces.
 */
final class PoissonTraffic {

    static final long HALF_HOUR = 1800;

    private PoissonTraffic() {
    }

    /**
     * @param perHalfHour expected contacts in a half-hour, by day of the week and half-hour of the day (0-47)
     * @param start       a Monday at 00:00 UTC
     */
    static Trace generate(Channel channel, Instant start, int weeks, double ahtSeconds,
                          BiFunction<DayOfWeek, Integer, Double> perHalfHour, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TraceBuilder builder = new TraceBuilder(1024);
        int n = 0;
        for (int day = 0; day < weeks * 7; day++) {
            DayOfWeek dow = DayOfWeek.of(day % 7 + 1);
            for (int slot = 0; slot < 48; slot++) {
                double rate = perHalfHour.apply(dow, slot) / HALF_HOUR;
                double from = day * 86_400.0 + slot * HALF_HOUR;
                double t = from;
                while (rate > 0) {
                    t += -Math.log1p(-random.nextDouble()) / rate;
                    if (t >= from + HALF_HOUR) {
                        break;
                    }
                    double handle = -ahtSeconds * Math.log1p(-random.nextDouble());
                    builder.add(new TraceContact("p" + n, "c" + (n % 5000), ServiceTier.STANDARD, channel,
                            start.plusNanos(Math.round(t * 1e9)), handle, Patience.unknown(), null));
                    n++;
                }
            }
        }
        return builder.build();
    }
}
