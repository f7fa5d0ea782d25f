package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine follows each day of the week's own steps: a Saturday without agents until noon makes its caller wait. */
class WeeklyStaffingTests {

    @Test
    void aDayWithoutAgentsUntilNoonMakesItsContactWaitWhileOtherDaysAnswerAtOnce() {
        Instant friday = Instant.parse("2026-01-09T10:00:00Z");
        Trace trace = Trace.of(List.of(
                new TraceContact("fri", "u", ServiceTier.STANDARD, Channel.PHONE, friday, 60, Patience.unknown(), null),
                new TraceContact("sat", "u", ServiceTier.STANDARD, Channel.PHONE, friday.plusSeconds(86_400), 60,
                        Patience.unknown(), null)));
        Policy policy = Policy.fifo("weekly", Map.of(Channel.PHONE, StaffingSchedule.parse("1;SAT=0@00:00/1@12:00")));

        Outcomes outcomes = new Simulator(trace, ZoneOffset.UTC).replicate(0, policy, PatienceModel.none(), 1, 0)
                .outcomes();

        assertThat(outcomes.waitSeconds(0)).isZero();
        assertThat(outcomes.waitSeconds(1)).isEqualTo(7200);
    }
}
