package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.Tally;

/** A figure's mean over replications and the half-width of its 95% confidence interval (NaN for one replication). */
public record Estimate(double mean, double ci95) {

    /** The estimate a tally gives. */
    public static Estimate of(Tally tally) {
        return new Estimate(tally.mean(), tally.ci95());
    }

    public double low() {
        return Double.isNaN(ci95) ? mean : mean - ci95;
    }

    public double high() {
        return Double.isNaN(ci95) ? mean : mean + ci95;
    }
}
