package io.servicebalance.simulation.erlang;

import java.util.ArrayList;
import java.util.List;

/**
 * Waiting-time figures of Erlang A that need more than the stationary distribution: the probability that an arrival is
 * answered within a threshold, and the mean wait of answered contacts. An arrival that finds j others waiting is
 * answered when j+1 advances of the queue happen before its own patience runs out; with i ahead the queue advances at
 * rate N mu + i theta and the arrival leaves at rate theta. g_i(t) = P(answered by t | i ahead) solves
 * g_i' = (N mu + i theta)(g_{i-1} - g_i) - theta g_i with g_{-1} = 1, g_i(0) = 0, integrated by classical Runge-Kutta.
 */
final class ErlangAWaits {

    private final double advance;
    private final double theta;
    private final double immediate;
    private final double[] waitingProbability;

    ErlangAWaits(double lambda, double ahtSeconds, double patienceSeconds, int agents) {
        double mu = 1 / ahtSeconds;
        this.theta = 1 / patienceSeconds;
        this.advance = agents * mu;
        double load = lambda * ahtSeconds;
        double below = 0;
        double ratio = 1;
        for (int n = agents - 1; n >= 0; n--) {
            ratio *= (n + 1) / load;
            below += ratio;
            if (ratio < 1e-300) {
                break;
            }
        }
        List<Double> tail = new ArrayList<>(List.of(1.0));
        double term = 1;
        double sum = 1;
        for (int j = 1; term > 1e-15 * sum || j < 10; j++) {
            term *= lambda / (advance + j * theta);
            tail.add(term);
            sum += term;
        }
        double total = below + sum;
        immediate = below / total;
        waitingProbability = tail.stream().mapToDouble(p -> p / total).toArray();
    }

    /** P(answered within t), abandoned contacts counting as failures. */
    double answeredWithin(double t) {
        double[] g = integrate(t);
        double p = immediate;
        for (int j = 0; j < g.length; j++) {
            p += waitingProbability[j] * g[j];
        }
        return p;
    }

    /** Mean wait of answered contacts: E[W; answered] / P(answered), E[W; answered] = sum pi_j int (g_j(inf) - g_j). */
    double meanWaitOfAnswered() {
        double answered = immediate;
        double[] limit = new double[waitingProbability.length];
        double product = 1;
        for (int j = 0; j < limit.length; j++) {
            product *= (advance + j * theta) / (advance + (j + 1) * theta);
            limit[j] = product;
            answered += waitingProbability[j] * limit[j];
        }
        double h = step();
        double[] g = new double[limit.length];
        double area = 0;
        for (int s = 0; s < 10_000_000; s++) {
            double gap = gaps(g, limit);
            rungeKutta(g, h);
            double next = gaps(g, limit);
            area += (gap + next) / 2 * h;
            if (next < 1e-13) {
                break;
            }
        }
        return area / answered;
    }

    private double gaps(double[] g, double[] limit) {
        double sum = 0;
        for (int j = 0; j < g.length; j++) {
            sum += waitingProbability[j] * (limit[j] - g[j]);
        }
        return sum;
    }

    private double[] integrate(double t) {
        double[] g = new double[waitingProbability.length];
        if (t <= 0) {
            return g;
        }
        int steps = (int) Math.ceil(t / step());
        double h = t / steps;
        for (int s = 0; s < steps; s++) {
            rungeKutta(g, h);
        }
        return g;
    }

    private double step() {
        return 0.05 / (advance + waitingProbability.length * theta + theta);
    }

    private void rungeKutta(double[] g, double h) {
        double[] k1 = derivative(g);
        double[] k2 = derivative(shift(g, k1, h / 2));
        double[] k3 = derivative(shift(g, k2, h / 2));
        double[] k4 = derivative(shift(g, k3, h));
        for (int j = 0; j < g.length; j++) {
            g[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        }
    }

    private double[] derivative(double[] g) {
        double[] d = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double before = i == 0 ? 1 : g[i - 1];
            d[i] = (advance + i * theta) * (before - g[i]) - theta * g[i];
        }
        return d;
    }

    private static double[] shift(double[] g, double[] k, double h) {
        double[] r = new double[g.length];
        for (int j = 0; j < g.length; j++) {
            r[j] = g[j] + h * k[j];
        }
        return r;
    }
}
