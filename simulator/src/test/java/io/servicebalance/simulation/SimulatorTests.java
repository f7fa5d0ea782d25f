package io.servicebalance.simulation;

import static io.servicebalance.customer.ServiceTier.BASIC;
import static io.servicebalance.customer.ServiceTier.PREMIUM;
import static io.servicebalance.customer.ServiceTier.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.engine.ChannelResult;
import io.servicebalance.simulation.engine.Metrics;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small scenarios whose every wait is worked out by hand. */
class SimulatorTests {

    private static Policy phone(int agents, Discipline discipline) {
        return Policy.fifo("test", Map.of(Channel.PHONE, StaffingSchedule.constant(agents)))
                .withDiscipline(discipline);
    }

    private static Replication replicate(Trace trace, Policy policy) {
        return new Simulator(trace, ZoneOffset.UTC).replicate(0, policy, PatienceModel.none(), 1, 0);
    }

    @Test
    void waitsForTheFreeAgentAndAbandonsWhenPatienceRunsOut() {
        Trace trace = new Contacts()
                .phone("a", STANDARD, 0, 10, Patience.unknown())
                .phone("b", STANDARD, 1, 5, Patience.unknown())
                .phone("c", STANDARD, 2, 5, Patience.exactly(3))
                .trace();
        Replication r = replicate(trace, phone(1, Discipline.FIFO));
        Outcomes o = r.outcomes();
        assertThat(o.waitSeconds(Contacts.row(trace, "a"))).isZero();
        assertThat(o.waitSeconds(Contacts.row(trace, "b"))).isCloseTo(9, within(1e-9));
        assertThat(o.answered(Contacts.row(trace, "b"))).isTrue();
        assertThat(o.abandoned(Contacts.row(trace, "c"))).isTrue();
        assertThat(o.waitSeconds(Contacts.row(trace, "c"))).isCloseTo(3, within(1e-9));
        Metrics total = r.channels().get(Channel.PHONE).total();
        assertThat(total.offered()).isEqualTo(3);
        assertThat(total.abandoned()).isEqualTo(1);
        assertThat(total.serviceLevel()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(total.asaSeconds()).isCloseTo(4.5, within(1e-9));
        assertThat(total.meanWaitSeconds()).isCloseTo(4, within(1e-9));
        assertThat(total.longestQueue()).isEqualTo(2);
        // busy 0..15, staffed 0..15 (the last event is b's completion at 15)
        assertThat(total.occupancy()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void contactsAbandonedAfterTheThresholdOrAnsweredLateAreBreaches() {
        Trace trace = new Contacts()
                .phone("a", STANDARD, 0, 30, Patience.unknown())
                .phone("b", STANDARD, 1, 5, Patience.unknown())
                .trace();
        Metrics total = replicate(trace, phone(1, Discipline.FIFO)).channels().get(Channel.PHONE).total();
        assertThat(total.serviceLevel()).isEqualTo(0.5);
    }

    @Test
    void strictPriorityServesTheHigherTierFirstWithoutPreempting() {
        Trace trace = new Contacts()
                .phone("busy", BASIC, 0, 10, Patience.unknown())
                .phone("basic", BASIC, 1, 10, Patience.unknown())
                .phone("premium", PREMIUM, 2, 10, Patience.unknown())
                .trace();
        Outcomes o = replicate(trace, phone(1, Discipline.TIER_STRICT)).outcomes();
        assertThat(o.waitSeconds(Contacts.row(trace, "premium"))).isCloseTo(8, within(1e-9));
        assertThat(o.waitSeconds(Contacts.row(trace, "basic"))).isCloseTo(19, within(1e-9));
        Outcomes fifo = replicate(trace, phone(1, Discipline.FIFO)).outcomes();
        assertThat(fifo.waitSeconds(Contacts.row(trace, "basic"))).isCloseTo(9, within(1e-9));
    }

    @Test
    void ageingLetsALongWaitOvertakeAHigherTier() {
        // weights: PREMIUM 90, BASIC 0, one point per second waited. At t=100 the BASIC contact has waited 99 s
        // (priority 99) and the PREMIUM one 5 s (priority 95).
        Trace trace = new Contacts()
                .phone("busy", BASIC, 0, 100, Patience.unknown())
                .phone("basic", BASIC, 1, 10, Patience.unknown())
                .phone("premium", PREMIUM, 95, 10, Patience.unknown())
                .trace();
        Outcomes aged = replicate(trace, phone(1, Discipline.TIER_AGING)).outcomes();
        assertThat(aged.waitSeconds(Contacts.row(trace, "basic"))).isCloseTo(99, within(1e-9));
        Outcomes strict = replicate(trace, phone(1, Discipline.TIER_STRICT)).outcomes();
        assertThat(strict.waitSeconds(Contacts.row(trace, "premium"))).isCloseTo(5, within(1e-9));
    }

    @Test
    void nobodyIsAnsweredBeforeTheMorningShiftStarts() {
        Trace trace = new Contacts()
                .phone("night", STANDARD, 7 * 3600, 60, Patience.unknown())
                .phone("day", STANDARD, 9 * 3600, 60, Patience.unknown())
                .trace();
        Policy policy = Policy.fifo("shift", Map.of(Channel.PHONE, StaffingSchedule.parse("0@00:00/2@08:00/0@18:00")));
        Replication r = replicate(trace, policy);
        assertThat(r.outcomes().waitSeconds(Contacts.row(trace, "night"))).isCloseTo(3600, within(1e-6));
        assertThat(r.outcomes().waitSeconds(Contacts.row(trace, "day"))).isZero();
        ChannelResult phone = r.channels().get(Channel.PHONE);
        assertThat(phone.byHour().get(7).offered()).isEqualTo(1);
        assertThat(phone.byHour().get(9).offered()).isEqualTo(1);
        // staffed 2 agents from 08:00 until the last completion at 09:01; busy 60 s + 60 s
        assertThat(phone.total().occupancy()).isCloseTo(120.0 / (2 * 3660), within(1e-9));
    }

    @Test
    void aChatAgentHoldsSeveralChatsAtOnce() {
        Trace trace = new Contacts()
                .add("one", STANDARD, Channel.CHAT, 0, 100, Patience.unknown())
                .add("two", STANDARD, Channel.CHAT, 1, 100, Patience.unknown())
                .add("three", STANDARD, Channel.CHAT, 2, 100, Patience.unknown())
                .trace();
        Policy policy = Policy.fifo("chat", Map.of(Channel.CHAT, StaffingSchedule.constant(1)));
        Outcomes o = replicate(trace, policy).outcomes();
        assertThat(o.waitSeconds(Contacts.row(trace, "two"))).isZero();
        assertThat(o.waitSeconds(Contacts.row(trace, "three"))).isCloseTo(98, within(1e-9));
    }

    @Test
    void emailNeverAbandonsWhateverTheTraceSays() {
        Trace trace = new Contacts()
                .add("first", STANDARD, Channel.EMAIL, 0, 3600, Patience.unknown())
                .add("second", STANDARD, Channel.EMAIL, 1, 60, Patience.exactly(5))
                .trace();
        Policy policy = Policy.fifo("email", Map.of(Channel.EMAIL, StaffingSchedule.constant(1)));
        Outcomes o = replicate(trace, policy).outcomes();
        assertThat(o.answered(Contacts.row(trace, "second"))).isTrue();
        assertThat(o.waitSeconds(Contacts.row(trace, "second"))).isCloseTo(3599, within(1e-9));
    }

    @Test
    void overloadFinishesAndSaysTheQueueKeptGrowing() {
        Contacts contacts = new Contacts();
        for (int i = 0; i < 200; i++) {
            contacts.phone("c" + i, STANDARD, i * 10, 20, Patience.unknown());
        }
        SimulationResult result = new Simulator(contacts.trace(), ZoneOffset.UTC)
                .run(phone(1, Discipline.FIFO), PatienceModel.none(), 1, 1);
        ChannelSummary phone = result.channels().get(Channel.PHONE);
        assertThat(phone.loadRatio()).isGreaterThan(1.9);
        assertThat(phone.total().mean().answered()).isEqualTo(200);
        assertThat(phone.waitingAtLastArrival()).isGreaterThan(90);
        assertThat(result.warnings()).anyMatch(w -> w.contains("PHONE is overloaded") && w.contains("kept growing"));
    }

    @Test
    void refusesZeroAgentsForAChannelWithContactsAndAChannelWithoutAgents() {
        Trace trace = new Contacts()
                .phone("a", STANDARD, 0, 10, Patience.unknown())
                .add("b", STANDARD, Channel.CHAT, 0, 10, Patience.unknown())
                .trace();
        Simulator simulator = new Simulator(trace, ZoneOffset.UTC);
        Policy policy = Policy.fifo("none", Map.of(Channel.PHONE, StaffingSchedule.constant(0)));
        assertThatThrownBy(() -> simulator.run(policy, PatienceModel.none(), 1, 1))
                .isInstanceOf(SimulationException.class)
                .satisfies(e -> assertThat(((SimulationException) e).problems()).containsExactly(
                        "PHONE has 1 contacts but zero agents", "no agents given for CHAT (1 contacts in the trace)"));
    }

    @Test
    void patienceOnlyKnownAsALowerBoundIsDrawnBeyondIt() {
        Contacts contacts = new Contacts().phone("busy", STANDARD, 0, 1_000_000, Patience.unknown());
        for (int i = 0; i < 500; i++) {
            contacts.phone("c" + i, STANDARD, 1 + i * 0.001, 10, Patience.atLeast(50));
        }
        Trace trace = contacts.trace();
        Replication r = new Simulator(trace, ZoneOffset.UTC).replicate(0, phone(1, Discipline.FIFO),
                new PatienceModel(Map.of(Channel.PHONE, 30.0)), 7, 0);
        double sum = 0;
        for (int i = 0; i < 500; i++) {
            double wait = r.outcomes().waitSeconds(Contacts.row(trace, "c" + i));
            assertThat(wait).isGreaterThanOrEqualTo(50);
            sum += wait;
        }
        // memoryless: 50 s plus an exponential of mean 30 s
        assertThat(sum / 500).isCloseTo(80, within(5.0));
    }
}
