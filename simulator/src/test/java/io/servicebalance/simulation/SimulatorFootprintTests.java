package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorFootprintTests {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    /** A plan's trace: four channels, patience and value known in every row, one customer in five contacts. */
    private static Trace planTrace(int contacts) {
        List<TraceContact> rows = new ArrayList<>(contacts);
        for (int i = 0; i < contacts; i++) {
            rows.add(new TraceContact(String.format("ct-%07d", i), "customer-" + (i % (contacts / 5)),
                    ServiceTier.values()[i % 4], Channel.values()[i % 4], T0.plusMillis(i * 1_500L), 120 + i % 60,
                    i % 7 == 0 ? Patience.exactly(40) : Patience.atLeast(i % 30), 250.0 + i % 1_000));
        }
        return Trace.of(rows);
    }

    @Test
    void aMultiChannelPlanTraceWithItsChannelLayoutsHoldsUnderOneHundredBytesPerContact() {
        Trace trace = planTrace(200_000);
        Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
        double perContact = simulator.footprintBytes() / (double) trace.size();
        assertThat(perContact).isGreaterThan(trace.footprintBytes() / (double) trace.size()).isLessThan(100);
    }

    @Test
    void runningWithoutOutcomesGivesTheSameFiguresAsWithThem() {
        Trace trace = planTrace(20_000);
        Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
        Map<Channel, StaffingSchedule> staffing = Map.of(Channel.PHONE, StaffingSchedule.constant(1),
                Channel.CHAT, StaffingSchedule.constant(1), Channel.EMAIL, StaffingSchedule.constant(1),
                Channel.SOCIAL, StaffingSchedule.constant(1));
        Policy policy = Policy.fifo("p", staffing);
        PatienceModel patience = new PatienceModel(Map.of(Channel.PHONE, 60.0, Channel.CHAT, 90.0));
        Replication kept = simulator.replicate(0, policy, patience, 3, 1, true);
        Replication dropped = simulator.replicate(0, policy, patience, 3, 1, false);
        assertThat(dropped.channels()).isEqualTo(kept.channels());
        assertThat(kept.outcomes().size()).isEqualTo(trace.size());
        assertThat(dropped.outcomes().size()).isZero();
        assertThat(kept.channels().get(Channel.PHONE).total().abandoned()).isPositive();
    }
}
