package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import java.time.DayOfWeek;
import java.util.SplittableRandom;

/**
 * The shape of the synthetic contact centre: tier mix, contacts and purchases per customer and year, channel and type
 * mix, daily and weekly seasonality, handle-time and patience distributions. Figures follow DOMAIN.md's rules of thumb.
 */
final class Workload {

    static final double[] TIER_SHARE = {0.10, 0.60, 0.25, 0.05};
    static final double[] CONTACTS_PER_YEAR = {40, 20, 8, 24};
    static final double[] PURCHASES_PER_YEAR = {24, 6, 2, 3};
    static final double[] PURCHASE_MEAN = {800, 150, 40, 60};
    static final double[] CHANNEL_SHARE = {0.55, 0.20, 0.20, 0.05};
    static final double[] TYPE_SHARE = {0.50, 0.30, 0.08, 0.12};
    static final double[] HANDLE_MEAN = {300, 480, 600, 300};
    static final double[] PATIENCE_MEAN = {240, 180, Double.NaN, Double.NaN};
    static final double[] HOUR_WEIGHT = {0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.2, 0.5, 1.4, 1.9, 2.0, 1.8, 1.4, 1.5,
        1.7, 1.6, 1.5, 1.2, 0.9, 0.7, 0.5, 0.35, 0.2, 0.1};
    static final double WEEKEND_FACTOR = 0.45;
    static final double MAX_WEIGHT = 2.0;

    private Workload() {
    }

    static <E extends Enum<E>> E pick(SplittableRandom random, double[] shares, E[] values) {
        double u = random.nextDouble();
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double cumulative = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += shares[i] / total;
            if (u < cumulative) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static ServiceTier tier(SplittableRandom random) {
        return pick(random, TIER_SHARE, ServiceTier.values());
    }

    static Channel channel(SplittableRandom random) {
        return pick(random, CHANNEL_SHARE, Channel.values());
    }

    static ContactType type(SplittableRandom random) {
        return pick(random, TYPE_SHARE, ContactType.values());
    }

    /** Relative arrival intensity at this hour of this weekday. */
    static double weight(DayOfWeek day, int hour) {
        double w = HOUR_WEIGHT[hour];
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? w * WEEKEND_FACTOR : w;
    }

    /** Whole seconds, lognormal with the channel's mean and a coefficient of variation of about 0.8. */
    static long handleSeconds(SplittableRandom random, Channel channel) {
        double sigma = 0.7;
        double mu = Math.log(HANDLE_MEAN[channel.ordinal()]) - sigma * sigma / 2;
        return Math.max(10, Math.round(Math.exp(mu + sigma * gaussian(random))));
    }

    static double patienceSeconds(SplittableRandom random, Channel channel) {
        double mean = PATIENCE_MEAN[channel.ordinal()];
        return Double.isNaN(mean) ? Double.POSITIVE_INFINITY : -mean * Math.log1p(-random.nextDouble());
    }

    static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log1p(-random.nextDouble());
    }

    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    static int poisson(SplittableRandom random, double mean) {
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }
}
