package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The patience and churn estimators recover known truths. */
class FitTests {

    @Test
    void censoredPatienceMeanIsAllObservedTimeOverAbandons() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        List<TraceContact> contacts = List.of(
                contact("a", t, Patience.exactly(30)), contact("b", t, Patience.exactly(90)),
                contact("c", t, Patience.atLeast(60)), contact("d", t, Patience.unknown()));
        PatienceModel fitted = PatienceFit.fit(Trace.of(contacts));
        assertThat(fitted.meanSeconds().get(Channel.PHONE)).isCloseTo((30 + 90 + 60) / 2.0, within(1e-9));
    }

    @Test
    void censoredPatienceRecoversTheTrueMeanWhereIgnoringCensoringWouldNot() {
        SplittableRandom random = new SplittableRandom(3);
        List<TraceContact> contacts = new ArrayList<>();
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            double patience = -200 * Math.log1p(-random.nextDouble());
            double wait = -40 * Math.log1p(-random.nextDouble());
            contacts.add(contact("k" + i, t, patience < wait ? Patience.exactly(patience) : Patience.atLeast(wait)));
        }
        double mean = PatienceFit.fit(Trace.of(contacts)).meanSeconds().get(Channel.PHONE);
        assertThat(mean).isCloseTo(200, within(12.0));
    }

    @Test
    void logisticChurnRecoversItsCoefficients() {
        double[] truth = {-2.5, 0.6, 0.3, 1.2};
        SplittableRandom random = new SplittableRandom(11);
        int n = 40_000;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, random.nextInt(4), random.nextInt(5), random.nextInt(3) == 0 ? 1 : 0};
            y[i] = random.nextDouble() < ChurnFit.probability(truth, x[i]) ? 1 : 0;
        }
        double[] fitted = ChurnFit.fit(x, y);
        for (int a = 0; a < truth.length; a++) {
            assertThat(fitted[a]).as("coefficient %d", a).isCloseTo(truth[a], within(0.12));
        }
    }

    private static TraceContact contact(String id, Instant at, Patience patience) {
        return new TraceContact(id, "u-" + id, ServiceTier.STANDARD, Channel.PHONE, at, 100, patience, null);
    }
}
