package io.servicebalance.simulation.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.demand.DemandChange;
import io.servicebalance.simulation.demand.DemandTransform;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class StaffingOptimiserTests {

    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    static final Intervals HALF_HOURS = new Intervals(Duration.ofMinutes(30), ZoneOffset.UTC);
    static final double AHT = 180;
    static final double PATIENCE = 240;
    static final PatienceModel PATIENT = new PatienceModel(Map.of(Channel.PHONE, PATIENCE));
    static final Policy BASE = Policy.fifo("base", Map.of(Channel.PHONE, StaffingSchedule.constant(1)));
    static final StaffingTarget EIGHTY_TWENTY = new StaffingTarget(Channel.PHONE, 0.8, 20, PATIENCE, 0.85, 1);

    @Test
    void stationaryPoissonTrafficGetsTheErlangAStaffingWithinOneAgentInNineIntervalsOfTen() {
        double perHalfHour = 100;
        Trace trace = PoissonTraffic.generate(Channel.PHONE, MONDAY, 4, AHT, (d, s) -> perHalfHour, 11);

        OptimisedStaffing best = optimiser(trace, 4).optimise(withoutCap(EIGHTY_TWENTY));

        int erlang = ErlangA.minimumAgents(perHalfHour / 1800, AHT, PATIENCE, 20, 0.8);
        int[] agents = best.figures().agents();
        long close = java.util.Arrays.stream(agents).filter(a -> Math.abs(a - erlang) <= 1).count();
        assertThat(erlang).isBetween(12, 16);
        assertThat(close).isGreaterThanOrEqualTo((long) Math.ceil(0.9 * agents.length));
        assertThat(best.simulations()).isPositive();
    }

    @Test
    void weekendsAtFortyFivePercentOfWeekdaysGetFarFewerAgentHours() {
        BiFunction<DayOfWeek, Integer, Double> load = (d, s) -> profile(s)
                * (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? 0.45 : 1);
        Trace trace = PoissonTraffic.generate(Channel.PHONE, MONDAY, 4, AHT, load, 12);

        IntervalFigures best = optimiser(trace, 4).optimise(EIGHTY_TWENTY).figures();

        double weekday = best.agentHours(DayOfWeek.WEDNESDAY);
        assertThat(best.agentHours(DayOfWeek.SATURDAY)).isLessThan(0.65 * weekday);
        assertThat(best.agentHours(DayOfWeek.SUNDAY)).isLessThan(0.65 * weekday);
        assertThat(best.agents()[HALF_HOURS.perDay() * 2 + 20]).isGreaterThan(best.agents()[HALF_HOURS.perDay() * 2 + 4]);
    }

    @Test
    void volumeTimesOnePointTwoRaisesAgentHoursAsErlangAPredictsWithinFivePercent() {
        BiFunction<DayOfWeek, Integer, Double> load = (d, s) -> profile(s);
        Trace recorded = PoissonTraffic.generate(Channel.PHONE, MONDAY, 8, AHT, load, 13);
        Instant to = MONDAY.plus(Duration.ofDays(56));
        Trace more = DemandTransform.apply(recorded, MONDAY, to, ZoneOffset.UTC,
                new DemandChange(Map.of(Channel.PHONE, 1.2), null, null, null), 5).trace();

        double before = optimiser(recorded, 8).optimise(EIGHTY_TWENTY).figures().weeklyAgentHours();
        double after = new StaffingOptimiser(more, HALF_HOURS, MONDAY, to, BASE, PATIENT, 1, 2, () -> { })
                .optimise(EIGHTY_TWENTY).figures().weeklyAgentHours();

        double predicted = erlangWeeklyAgentHours(load, 1.2);
        assertThat(after).isGreaterThan(before * 1.1);
        assertThat(Math.abs(after - predicted) / predicted).isLessThan(0.05);
        assertThat(Math.abs(before - erlangWeeklyAgentHours(load, 1.0)) / predicted).isLessThan(0.05);
    }

    @Test
    void theOccupancyCapRaisesStaffingAndSaysWhereItBinds() {
        Trace trace = PoissonTraffic.generate(Channel.PHONE, MONDAY, 2, AHT, (d, s) -> 100.0, 14);
        StaffingTarget low = new StaffingTarget(Channel.PHONE, 0.3, 20, PATIENCE, 0.6, 1);

        OptimisedStaffing capped = optimiser(trace, 2).optimise(low);

        OptimisedStaffing free = optimiser(trace, 2).optimise(withoutCap(low));

        assertThat(capped.capBinding()).isEqualTo(HALF_HOURS.cells());
        assertThat(capped.warnings()).anySatisfy(w -> assertThat(w).contains("occupancy cap binds"));
        assertThat(capped.figures().weeklyAgentHours()).isGreaterThan(1.4 * free.figures().weeklyAgentHours());
        double occupancy = java.util.Arrays.stream(capped.figures().occupancy()).average().orElseThrow();
        assertThat(occupancy).isLessThanOrEqualTo(0.6);
    }

    @Test
    void theScheduleItFindsRunsDayByDay() {
        Trace trace = PoissonTraffic.generate(Channel.PHONE, MONDAY, 1, AHT,
                (d, s) -> d == DayOfWeek.SUNDAY ? 10.0 : 60.0, 15);
        IntervalFigures best = optimiser(trace, 1).optimise(EIGHTY_TWENTY).figures();

        StaffingSchedule schedule = best.schedule();

        assertThat(schedule.isWeekly()).isTrue();
        assertThat(StaffingSchedule.parse(schedule.toString())).isEqualTo(schedule);
        assertThat(schedule.agentHours(MONDAY, MONDAY.plus(Duration.ofDays(7)), ZoneOffset.UTC))
                .isCloseTo(best.weeklyAgentHours(), org.assertj.core.data.Offset.offset(1e-6));
    }

    private static StaffingOptimiser optimiser(Trace trace, int weeks) {
        return new StaffingOptimiser(trace, HALF_HOURS, MONDAY, MONDAY.plus(Duration.ofDays(7L * weeks)), BASE,
                PATIENT, 1, 2, () -> { });
    }

    private static StaffingTarget withoutCap(StaffingTarget t) {
        return new StaffingTarget(t.channel(), t.serviceLevel(), t.thresholdSeconds(), t.patienceSeconds(), 1, 1);
    }

    /** Quiet nights, a morning and an afternoon peak: contacts per half-hour. */
    private static double profile(int slot) {
        if (slot < 14 || slot >= 40) {
            return 8;
        }
        return slot >= 18 && slot < 22 || slot >= 28 && slot < 32 ? 120 : 70;
    }

    private static double erlangWeeklyAgentHours(BiFunction<DayOfWeek, Integer, Double> load, double factor) {
        double hours = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int s = 0; s < 48; s++) {
                double rate = load.apply(d, s) * factor / 1800;
                int erlang = ErlangA.minimumAgents(rate, AHT, PATIENCE, 20, 0.8);
                int cap = (int) Math.ceil(rate * AHT / 0.85);
                hours += Math.max(erlang, cap) * 0.5;
            }
        }
        return hours;
    }
}
