package io.servicebalance.simulation.plan;

/**
 * Maximum-likelihood logistic regression by Newton-Raphson (iteratively reweighted least squares) with a tiny ridge
 * for stability: P(churn) = 1 / (1 + exp(-x.beta)) with x = (1, abandons, long waits, unresolved complaints).
 */
final class ChurnFit {

    static final int FEATURES = 4;
    private static final double RIDGE = 1e-4;

    private ChurnFit() {
    }

    /** @param x rows of features (first column 1); @param y 1 for churned, 0 for stayed */
    static double[] fit(double[][] x, double[] y) {
        double[] beta = new double[FEATURES];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[FEATURES];
            double[][] hessian = new double[FEATURES][FEATURES];
            for (int i = 0; i < x.length; i++) {
                double p = probability(beta, x[i]);
                double w = p * (1 - p);
                for (int a = 0; a < FEATURES; a++) {
                    gradient[a] += (y[i] - p) * x[i][a];
                    for (int b = 0; b < FEATURES; b++) {
                        hessian[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a < FEATURES; a++) {
                gradient[a] -= RIDGE * beta[a];
                hessian[a][a] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < FEATURES; a++) {
                beta[a] += step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return beta;
    }

    /**
     * The estimated covariance of the fitted coefficients: the inverse of the observed information (the Hessian of the
     * penalised negative log-likelihood) at {@code beta}; its diagonal's square roots are the coefficients' standard
     * errors. A coefficient whose feature is zero for every customer is not estimated by the data (only the ridge holds
     * it): its row and column are zero, so draws keep it at its estimate.
     */
    static double[][] covariance(double[][] x, double[] beta) {
        boolean[] seen = new boolean[FEATURES];
        for (double[] row : x) {
            for (int a = 0; a < FEATURES; a++) {
                seen[a] |= row[a] != 0;
            }
        }
        double[][] information = new double[FEATURES][FEATURES];
        for (double[] row : x) {
            double p = probability(beta, row);
            double w = p * (1 - p);
            for (int a = 0; a < FEATURES; a++) {
                for (int b = 0; b < FEATURES; b++) {
                    information[a][b] += w * row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < FEATURES; a++) {
            information[a][a] += seen[a] ? RIDGE : 1;
        }
        double[][] inverse = new double[FEATURES][];
        for (int a = 0; a < FEATURES; a++) {
            double[] unit = new double[FEATURES];
            unit[a] = 1;
            inverse[a] = solve(information, unit);
        }
        for (int a = 0; a < FEATURES; a++) {
            for (int b = 0; b < FEATURES; b++) {
                inverse[a][b] = seen[a] && seen[b] ? inverse[a][b] : 0;
            }
        }
        return inverse;
    }

    /**
     * Coefficients drawn from N(beta, covariance) with standard normals {@code z}: beta + L z, L the Cholesky factor.
     * A direction the data cannot pin down (a feature nobody showed, zero variance after the ridge) stays at beta.
     */
    static double[] draw(double[] beta, double[][] covariance, double[] z) {
        int n = beta.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = covariance[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = sum > 0 ? Math.sqrt(sum) : 0;
                } else {
                    l[i][j] = l[j][j] > 0 ? sum / l[j][j] : 0;
                }
            }
        }
        double[] drawn = beta.clone();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= i; k++) {
                drawn[i] += l[i][k] * z[k];
            }
        }
        return drawn;
    }

    static double probability(double[] beta, double[] x) {
        double z = 0;
        for (int a = 0; a < beta.length; a++) {
            z += beta[a] * x[a];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = v[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
