package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Trace;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Churn probability from a customer's experience: logistic in abandons, long waits (answered after more than the
 * channel's long-wait limit) and unresolved complaints. Coefficients fitted from the history (churned vs stayed
 * customers, maximum likelihood) or given in the scenario.
 *
 * @param coefficients intercept, per abandon, per long wait, per unresolved complaint
 * @param method       "fitted" or "given"
 */
record ChurnModel(ChurnCoefficients coefficients, String method, Map<Channel, Double> longWaits, int customers, int churned,
                  double[][] covariance) {

    ChurnModel(ChurnCoefficients coefficients, String method, Map<Channel, Double> longWaits, int customers,
               int churned) {
        this(coefficients, method, longWaits, customers, churned, null);
    }

    /**
     * The coefficients replication {@code replication} prices with: drawn from the fit's estimated sampling
     * distribution (a parametric bootstrap, the same draw for every policy of the replication) when the model was
     * fitted and {@code vary} asks for it; else the point estimate. A history where nobody or everybody churned
     * has no maximum-likelihood estimate to vary around: its coefficients stay as fitted.
     */
    ChurnCoefficients coefficients(boolean vary, long seed, int replication) {
        if (!vary || covariance == null) {
            return coefficients;
        }
        java.util.SplittableRandom random = io.servicebalance.simulation.engine.RandomStreams.stream(seed,
                replication, 0, io.servicebalance.simulation.engine.RandomStreams.CHURN);
        double[] z = new double[ChurnFit.FEATURES];
        for (int a = 0; a < z.length; a++) {
            z[a] = random.nextGaussian();
        }
        return ChurnCoefficients.of(ChurnFit.draw(coefficients.asArray(), covariance, z));
    }


    static final Map<Channel, Double> DEFAULT_LONG_WAITS = Scenario.Defaults.LONG_WAIT_SECONDS;

    double longWaitSeconds(Channel c) {
        return longWaits.get(c);
    }

    double probability(int abandons, int longWaitCount, int unresolved) {
        return coefficients.probability(abandons, longWaitCount, unresolved);
    }

    static ChurnModel of(Scenario.Churn spec, RecordedHistory history) {
        Map<Channel, Double> longWaits = new EnumMap<>(DEFAULT_LONG_WAITS);
        if (spec != null && spec.longWaitSeconds() != null) {
            spec.longWaitSeconds().forEach((c, v) -> longWaits.put(Channel.valueOf(c), v));
        }
        if (spec != null && "given".equals(spec.method())) {
            return new ChurnModel(new ChurnCoefficients(spec.intercept(), spec.perAbandon(), spec.perLongWait(),
                spec.perUnresolvedComplaint()), "given", longWaits, 0, 0);
        }
        return fitted(history, longWaits);
    }

    private static ChurnModel fitted(RecordedHistory history, Map<Channel, Double> longWaits) {
        Trace trace = history.trace();
        Map<String, double[]> rows = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            double[] x = rows.computeIfAbsent(trace.customerId(i), k -> new double[] {1, 0, 0, 0});
            double p = trace.patienceSeconds(i);
            if (!Double.isNaN(p) && !trace.patienceIsLowerBound(i)) {
                x[1]++;
            } else if (!Double.isNaN(p) && p > longWaits.get(trace.channel(i))) {
                x[2]++;
            }
        }
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        int k = 0;
        int churned = 0;
        for (Map.Entry<String, double[]> e : new java.util.TreeMap<>(rows).entrySet()) {
            CustomerFacts facts = history.customers().get(e.getKey());
            e.getValue()[3] = facts == null ? 0 : facts.unresolvedComplaints();
            x[k] = e.getValue();
            y[k] = facts != null && facts.churned() ? 1 : 0;
            churned += (int) y[k];
            k++;
        }
        double[] beta = ChurnFit.fit(x, y);
        return new ChurnModel(ChurnCoefficients.of(beta), "fitted", longWaits, rows.size(), churned,
                churned > 0 && churned < rows.size() ? ChurnFit.covariance(x, beta) : null);
    }
}
