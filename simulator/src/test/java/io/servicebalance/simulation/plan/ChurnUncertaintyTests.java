package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The churn model's parameter uncertainty: the covariance of the maximum-likelihood coefficients (inverse observed
 * information) matches how much the estimates really vary between independent samples, and draws from it have that
 * covariance.
 */
class ChurnUncertaintyTests {

    private static final double[] TRUTH = {-2.0, 0.5, 0.3, 1.0};

    private static double[][][] sample(SplittableRandom random, int n) {
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, random.nextInt(3), random.nextInt(4), random.nextInt(4) == 0 ? 1 : 0};
            y[i] = random.nextDouble() < ChurnFit.probability(TRUTH, x[i]) ? 1 : 0;
        }
        return new double[][][] {x, {y}};
    }

    @Test
    void standardErrorsMatchTheSpreadOfEstimatesOverIndependentSamples() {
        SplittableRandom random = new SplittableRandom(21);
        int samples = 60;
        double[][] estimates = new double[samples][];
        double[][] covariance = null;
        for (int s = 0; s < samples; s++) {
            double[][][] data = sample(random, 3_000);
            estimates[s] = ChurnFit.fit(data[0], data[1][0]);
            if (s == 0) {
                covariance = ChurnFit.covariance(data[0], estimates[0]);
            }
        }
        for (int a = 0; a < TRUTH.length; a++) {
            double mean = 0;
            for (double[] e : estimates) {
                mean += e[a] / samples;
            }
            double squares = 0;
            for (double[] e : estimates) {
                squares += (e[a] - mean) * (e[a] - mean);
            }
            double spread = Math.sqrt(squares / (samples - 1));
            assertThat(Math.sqrt(covariance[a][a])).as("standard error of coefficient %d", a)
                    .isCloseTo(spread, within(spread * 0.3));
        }
    }

    @Test
    void anInterceptOnlyFitHasTheTextbookVariance() {
        int n = 5_000;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, 0, 0, 0};
            y[i] = i % 10 == 0 ? 1 : 0;
        }
        double[] beta = ChurnFit.fit(x, y);
        double[][] covariance = ChurnFit.covariance(x, beta);
        assertThat(covariance[0][0]).isCloseTo(1 / (n * 0.1 * 0.9), within(1e-6));
        assertThat(covariance[1][1]).isZero();
        assertThat(covariance[0][3]).isZero();
    }

    @Test
    void drawsHaveTheEstimatedCovarianceAndKeepUnseenCoefficients() {
        double[] beta = {-2, 0.5, 0, 1};
        double[][] covariance = {{0.04, -0.01, 0, 0.005}, {-0.01, 0.09, 0, 0}, {0, 0, 0, 0}, {0.005, 0, 0, 0.16}};
        SplittableRandom random = new SplittableRandom(5);
        int n = 40_000;
        double[][] sums = new double[4][4];
        for (int k = 0; k < n; k++) {
            double[] z = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] d = ChurnFit.draw(beta, covariance, z);
            assertThat(d[2]).isEqualTo(0);
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    sums[a][b] += (d[a] - beta[a]) * (d[b] - beta[b]) / n;
                }
            }
        }
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                assertThat(sums[a][b]).as("covariance %d,%d", a, b).isCloseTo(covariance[a][b], within(0.006));
            }
        }
    }
}
