package io.servicebalance.simulation.plan;

/**
 * The churn model's coefficients: P(churn) = logistic(intercept + perAbandon a + perLongWait w +
 * perUnresolvedComplaint u) for a customer with a abandons, w long waits and u unresolved complaints.
 */
public record ChurnCoefficients(double intercept, double perAbandon, double perLongWait,
                                double perUnresolvedComplaint) {

    static ChurnCoefficients of(double[] beta) {
        return new ChurnCoefficients(beta[0], beta[1], beta[2], beta[3]);
    }

    double[] asArray() {
        return new double[] {intercept, perAbandon, perLongWait, perUnresolvedComplaint};
    }

    /** Churn probability of a customer with these experiences. */
    double probability(int abandons, int longWaits, int unresolvedComplaints) {
        double z = intercept + perAbandon * abandons + perLongWait * longWaits
                + perUnresolvedComplaint * unresolvedComplaints;
        return 1 / (1 + Math.exp(-z));
    }
}
