package io.servicebalance.simulation;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * One named figure observed once per replication: its mean and the half-width of its 95% confidence interval
 * (Student t), shared by {@code simulate} and {@code plan}. Undefined observations (NaN) are left out of the figure;
 * the half-width is NaN with fewer than two observations, the mean NaN with none. The observations are kept (in
 * replication order) so that two policies run on common random numbers can be compared pairwise.
 */
public final class Tally {

    private final String name;
    private double[] values;
    private int count;

    public Tally(String name) {
        this.name = name;
        this.values = new double[8];
    }

    /** A tally of {@code values}, in order. */
    public static Tally of(String name, double... values) {
        Tally t = new Tally(name);
        for (double v : values) {
            t.add(v);
        }
        return t;
    }

    public String name() {
        return name;
    }

    public void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    /** Observations added, undefined ones included. */
    public int size() {
        return count;
    }

    /** The observation of replication {@code r}. */
    public double get(int r) {
        return values[r];
    }

    /** Defined observations. */
    public int defined() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += Double.isNaN(values[i]) ? 0 : 1;
        }
        return n;
    }

    public double mean() {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Half-width of the 95% confidence interval of the mean. */
    public double ci95() {
        int n = defined();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double squares = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                squares += (values[i] - mean) * (values[i] - mean);
            }
        }
        return tQuantile(n - 1) * Math.sqrt(squares / (n - 1) / n);
    }

    /** Replication by replication, this figure minus {@code other}'s (common random numbers: the same count). */
    public Tally minus(Tally other) {
        if (other.count != count) {
            throw new IllegalArgumentException(name + " has " + count + " observations, " + other.name + " "
                    + other.count);
        }
        Tally d = new Tally(name + " - " + other.name);
        for (int i = 0; i < count; i++) {
            d.add(values[i] - other.values[i]);
        }
        return d;
    }

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return TDistribution.of(df).inverseCumulativeProbability(0.975);
    }

    @Override
    public String toString() {
        return name + " = " + mean() + " ± " + ci95();
    }
}
