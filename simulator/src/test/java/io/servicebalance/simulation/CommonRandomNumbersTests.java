package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.SyntheticTrace;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same seed, same customers: results repeat exactly, and different policies face the same draws. */
class CommonRandomNumbersTests {

    private final Trace trace = new SyntheticTrace(Channel.PHONE, 240, 180, null, new double[] {0.2, 0.5, 0.2, 0.1})
            .trace(5_000, Instant.parse("2026-01-05T08:00:00Z"), 3);
    private final Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
    private final PatienceModel patience = new PatienceModel(Map.of(Channel.PHONE, 120.0));

    private static Policy phone(int agents, Discipline discipline) {
        return Policy.fifo("p" + agents + discipline, Map.of(Channel.PHONE, StaffingSchedule.constant(agents)))
                .withDiscipline(discipline);
    }

    @Test
    void theSameSeedGivesByteIdenticalJsonWhateverTheThreadCount() {
        List<Policy> policies = List.of(phone(11, Discipline.FIFO), phone(13, Discipline.TIER_STRICT));
        String one = json(new Batch(simulator, policies, patience, 42, 6).run(1, Batch.Listener.NONE));
        String two = json(new Batch(simulator, policies, patience, 42, 6).run(2, Batch.Listener.NONE));
        assertThat(two).isEqualTo(one);
        String otherSeed = json(new Batch(simulator, policies, patience, 43, 6).run(2, Batch.Listener.NONE));
        assertThat(otherSeed).isNotEqualTo(one);
    }

    @Test
    void aDifferentPolicyOnTheSameSeedSeesTheSameArrivalsAndPatience() {
        Replication few = simulator.replicate(0, phone(10, Discipline.FIFO), patience, 9, 2);
        Replication many = simulator.replicate(1, phone(12, Discipline.TIER_STRICT), patience, 9, 2);
        int bothAbandoned = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (few.outcomes().abandoned(i) && many.outcomes().abandoned(i)) {
                // an abandoned contact waited exactly its patience: the same draw under both policies
                assertThat(many.outcomes().waitSeconds(i)).isEqualTo(few.outcomes().waitSeconds(i));
                bothAbandoned++;
            }
        }
        assertThat(bothAbandoned).isGreaterThan(20);
        assertThat(many.channels().get(Channel.PHONE).total().offered())
                .isEqualTo(few.channels().get(Channel.PHONE).total().offered());
        Replication otherReplication = simulator.replicate(0, phone(10, Discipline.FIFO), patience, 9, 3);
        assertThat(otherReplication.channels().get(Channel.PHONE).total().abandoned())
                .isNotEqualTo(few.channels().get(Channel.PHONE).total().abandoned());
    }

    @Test
    void replicationsOfDrawnPatienceCarryConfidenceIntervals() {
        SimulationResult result = simulator.run(phone(10, Discipline.FIFO), patience, 5, 8);
        MetricsSummary phone = result.channels().get(Channel.PHONE).total();
        assertThat(phone.ci95().abandonRate()).isPositive();
        assertThat(phone.ci95().offered()).isZero();
        assertThat(phone.mean().abandonRate()).isBetween(phone.mean().abandonRate() - phone.ci95().abandonRate(),
                phone.mean().abandonRate() + phone.ci95().abandonRate());
    }

    private static String json(List<SimulationResult> results) {
        StringBuilder s = new StringBuilder();
        results.forEach(r -> s.append(SimulationJson.write(r, 5_000)));
        return s.toString();
    }

    @Test
    void onResampledPathsEveryPolicyOfAReplicationReplaysTheSamePath() {
        Trace days = new PoissonTraffic(120, 0.45, 180, 120, new double[] {1, 1, 1, 0}, 3_000).days(14, 6);
        Simulator honest = new Simulator(days, ZoneOffset.UTC, Uncertainty.HONEST);
        Policy few = Policy.fifo("few", Map.of(Channel.PHONE, StaffingSchedule.constant(6)));
        Policy many = Policy.fifo("many", Map.of(Channel.PHONE, StaffingSchedule.constant(8)));
        Replication a = honest.replicate(0, few, patience, 9, 2);
        Replication b = honest.replicate(1, many, patience, 9, 2);
        assertThat(b.outcomes().size()).isEqualTo(a.outcomes().size());
        for (int k = 0; k < a.outcomes().size(); k++) {
            assertThat(b.outcomes().traceRow(k)).isEqualTo(a.outcomes().traceRow(k));
        }
        assertThat(b.channels().get(Channel.PHONE).loadRatio() * 8)
                .isCloseTo(a.channels().get(Channel.PHONE).loadRatio() * 6, org.assertj.core.data.Offset.offset(1e-9));
        Replication other = honest.replicate(0, few, patience, 9, 3);
        assertThat(other.channels().get(Channel.PHONE).total().offered())
                .isNotEqualTo(a.channels().get(Channel.PHONE).total().offered());
        List<Policy> both = List.of(few, many);
        assertThat(json(new Batch(honest, both, patience, 4, 5).run(2, Batch.Listener.NONE)))
                .isEqualTo(json(new Batch(honest, both, patience, 4, 5).run(1, Batch.Listener.NONE)));
    }

    @Test
    void aTierThatSomeResampledPathsLackIsSummarisedOverThePathsThatHaveIt() {
        Contacts days = new Contacts();
        for (int d = 0; d < 14; d++) {
            days.phone("s" + d, io.servicebalance.customer.ServiceTier.STANDARD, d * 86_400 + 32_400, 60,
                    io.servicebalance.simulation.trace.Patience.unknown());
        }
        days.phone("care", io.servicebalance.customer.ServiceTier.CARE, 32_500, 60,
                io.servicebalance.simulation.trace.Patience.unknown());
        Simulator honest = new Simulator(days.trace(), ZoneOffset.UTC, Uncertainty.HONEST);
        SimulationResult result = honest.run(Policy.fifo("one", Map.of(Channel.PHONE, StaffingSchedule.constant(1))),
                patience, 3, 12);
        assertThat(result.channels().get(Channel.PHONE).byTier())
                .containsKey(io.servicebalance.customer.ServiceTier.CARE);
    }
}
