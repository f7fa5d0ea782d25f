package io.servicebalance.simulation;

import io.servicebalance.simulation.engine.Metrics;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The mean of each figure over replications and the half-width of its 95% confidence interval (Student t), each
 * figure a named {@link Tally}; the half-widths are NaN for a single replication. Replications where a figure is
 * undefined (NaN) are left out of it.
 */
public record MetricsSummary(Metrics mean, Metrics ci95) {

    public static MetricsSummary of(List<Metrics> replications) {
        Tally offered = tally("offered", replications, Metrics::offered);
        Tally answered = tally("answered", replications, Metrics::answered);
        Tally abandoned = tally("abandoned", replications, Metrics::abandoned);
        Tally serviceLevel = tally("serviceLevel", replications, Metrics::serviceLevel);
        Tally asa = tally("asaSeconds", replications, Metrics::asaSeconds);
        Tally meanWait = tally("meanWaitSeconds", replications, Metrics::meanWaitSeconds);
        Tally abandonRate = tally("abandonRate", replications, Metrics::abandonRate);
        Tally occupancy = tally("occupancy", replications, Metrics::occupancy);
        Tally longestQueue = tally("longestQueue", replications, Metrics::longestQueue);
        return new MetricsSummary(
                new Metrics(offered.mean(), answered.mean(), abandoned.mean(), serviceLevel.mean(), asa.mean(),
                        meanWait.mean(), abandonRate.mean(), occupancy.mean(), longestQueue.mean()),
                new Metrics(offered.ci95(), answered.ci95(), abandoned.ci95(), serviceLevel.ci95(), asa.ci95(),
                        meanWait.ci95(), abandonRate.ci95(), occupancy.ci95(), longestQueue.ci95()));
    }

    private static Tally tally(String name, List<Metrics> replications, ToDoubleFunction<Metrics> figure) {
        Tally t = new Tally(name);
        replications.forEach(m -> t.add(figure.applyAsDouble(m)));
        return t;
    }

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return Tally.tQuantile(df);
    }
}
