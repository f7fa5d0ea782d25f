package io.servicebalance.simulation;

import io.servicebalance.simulation.engine.Metrics;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The mean of each figure over replications and the half-width of its 95% confidence interval (Student t); the
 * half-widths are NaN for a single replication. Replications where a figure is undefined (NaN) are left out of it.
 */
public record MetricsSummary(Metrics mean, Metrics ci95) {

    public static MetricsSummary of(List<Metrics> replications) {
        int k = Metrics.NAMES.length;
        double[] mean = new double[k];
        double[] half = new double[k];
        for (int m = 0; m < k; m++) {
            double[] est = estimate(replications, m);
            mean[m] = est[0];
            half[m] = est[1];
        }
        return new MetricsSummary(Metrics.of(mean), Metrics.of(half));
    }

    /** Mean and 95% half-width of figure {@code m}. */
    private static double[] estimate(List<Metrics> replications, int m) {
        double sum = 0;
        int n = 0;
        for (Metrics r : replications) {
            double v = r.values()[m];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = sum / n;
        return new double[] {mean, halfWidth(replications, m, mean, n)};
    }

    private static double halfWidth(List<Metrics> replications, int m, double mean, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double squares = 0;
        for (Metrics r : replications) {
            double v = r.values()[m];
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return tQuantile(n - 1) * Math.sqrt(squares / (n - 1) / n);
    }

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return TDistribution.of(df).inverseCumulativeProbability(0.975);
    }
}
