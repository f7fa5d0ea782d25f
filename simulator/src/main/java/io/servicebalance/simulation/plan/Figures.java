package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.MetricsSummary;

/** Cost sums of one priced replication, and the 95% estimate of a figure over replications. */
final class Figures {

    private Figures() {
    }

    static Estimate estimate(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        if (v.length < 2 || Double.isNaN(mean)) {
            return new Estimate(mean, Double.NaN);
        }
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        return new Estimate(mean, MetricsSummary.tQuantile(v.length - 1) * Math.sqrt(squares / (v.length - 1)
                / v.length));
    }

    static double service(double[] f) {
        return f[CostModel.STAFF] + f[CostModel.CONTACT];
    }

    static double poor(double[] f) {
        return f[CostModel.ABANDON] + f[CostModel.SLA] + f[CostModel.CHURN];
    }

    static double total(double[] f) {
        return service(f) + poor(f);
    }
}
