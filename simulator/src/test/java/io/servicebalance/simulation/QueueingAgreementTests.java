package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.erlang.ErlangC;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.SyntheticTrace;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine agrees with queueing theory where theory applies. Each case replays {@value #RUNS} independent traces
 * (Poisson arrivals, exponential handle times, fixed seeds) of {@value #CONTACTS} contacts; the analytic value must lie
 * in the 95% confidence interval of the runs' mean (Student t over independent runs).
 */
class QueueingAgreementTests {

    static final int RUNS = 12;
    static final int CONTACTS = 60_000;
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private static List<Metrics> runs(SyntheticTrace model, Policy policy) {
        List<Metrics> runs = new ArrayList<>();
        for (int k = 0; k < RUNS; k++) {
            Trace trace = model.trace(CONTACTS, START, 1000 + k);
            runs.add(new Simulator(trace, ZoneOffset.UTC).replicate(0, policy, PatienceModel.none(), k, 0)
                    .channels().get(Channel.PHONE).total());
        }
        return runs;
    }

    private static Policy phone(int agents) {
        return Policy.fifo("theory", Map.of(Channel.PHONE, StaffingSchedule.constant(agents)));
    }

    @ParameterizedTest(name = "{0}/h, AHT {1} s, {2} agents")
    @CsvSource({"200, 180, 14", "100, 180, 7", "800, 180, 44", "300, 240, 21"})
    void fifoWithoutAbandonmentAgreesWithErlangC(double perHour, double aht, int agents) {
        double load = perHour / 3600 * aht;
        MetricsSummary s = MetricsSummary.of(runs(SyntheticTrace.of(Channel.PHONE, perHour, aht, null), phone(agents)));
        assertWithin(s, 3, ErlangC.serviceLevel(load, agents, aht, 20), "service level");
        assertWithin(s, 5, ErlangC.averageSpeedOfAnswer(load, agents, aht), "mean wait");
        assertWithin(s, 7, ErlangC.occupancy(load, agents), "occupancy");
    }

    @ParameterizedTest(name = "{0}/h, AHT {1} s, {2} agents, patience {3} s")
    @CsvSource({"200, 180, 14, 300", "200, 180, 10, 120", "600, 120, 18, 90"})
    void exponentialPatienceInTheTraceAgreesWithErlangA(double perHour, double aht, int agents, double patience) {
        double lambda = perHour / 3600;
        ErlangA theory = ErlangA.of(lambda, aht, patience, agents);
        MetricsSummary s = MetricsSummary.of(runs(SyntheticTrace.of(Channel.PHONE, perHour, aht, patience),
                phone(agents)));
        assertWithin(s, 6, theory.probabilityOfAbandon(), "abandon rate");
        assertWithin(s, 5, theory.meanWaitSeconds(), "mean wait");
        assertWithin(s, 3, ErlangA.serviceLevel(lambda, aht, patience, agents, 20), "service level");
        assertWithin(s, 4, ErlangA.averageSpeedOfAnswer(lambda, aht, patience, agents), "ASA");
        assertWithin(s, 7, theory.occupancy(), "occupancy");
    }

    @ParameterizedTest(name = "{0} agents")
    @CsvSource({"13", "12"})
    void strictPriorityWaitsAgreeWithCobhamAndConserveTheFifoMean(int agents) {
        double perHour = 200;
        double aht = 180;
        double[] shares = {0.2, 0.3, 0.4, 0.1};
        SyntheticTrace model = new SyntheticTrace(Channel.PHONE, perHour, aht, null, shares);
        Policy strict = phone(agents).withDiscipline(Discipline.TIER_STRICT);
        double load = perHour / 3600 * aht;
        double pWait = ErlangC.probabilityOfWaiting(load, agents);
        double residual = pWait * aht / agents;
        List<Double> differences = new ArrayList<>();
        List<List<Metrics>> tiers = new ArrayList<>();
        for (int k = 0; k < RUNS; k++) {
            Trace trace = model.trace(CONTACTS, START, 2000 + k);
            Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
            var strictRun = simulator.replicate(0, strict, PatienceModel.none(), k, 0).channels().get(Channel.PHONE);
            var fifoRun = simulator.replicate(0, phone(agents), PatienceModel.none(), k, 0).channels()
                    .get(Channel.PHONE);
            differences.add(strictRun.total().meanWaitSeconds() - fifoRun.total().meanWaitSeconds());
            tiers.add(Policy.DEFAULT_TIER_ORDER.stream().map(t -> strictRun.byTier().get(t)).toList());
        }
        double sigmaBefore = 0;
        for (int p = 0; p < Policy.DEFAULT_TIER_ORDER.size(); p++) {
            ServiceTier tier = Policy.DEFAULT_TIER_ORDER.get(p);
            double sigma = sigmaBefore + shares[tier.ordinal()] * load / agents;
            double cobham = residual / ((1 - sigmaBefore) * (1 - sigma));
            int priority = p;
            MetricsSummary s = MetricsSummary.of(tiers.stream().map(r -> r.get(priority)).toList());
            assertWithin(s, 5, cobham, tier + " mean wait");
            sigmaBefore = sigma;
        }
        double mean = differences.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(differences.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (RUNS - 1));
        double half = MetricsSummary.tQuantile(RUNS - 1) * sd / Math.sqrt(RUNS);
        assertThat(Math.abs(mean)).as("traffic-weighted strict mean minus FIFO mean %s ± %s", mean, half)
                .isLessThanOrEqualTo(half);
    }

    private static void assertWithin(MetricsSummary s, int figure, double expected, String what) {
        double mean = s.mean().values()[figure];
        double half = s.ci95().values()[figure];
        assertThat(Math.abs(mean - expected))
                .as("%s: simulated %s ± %s, theory %s", what, mean, half, expected)
                .isLessThanOrEqualTo(half);
    }
}
