package io.servicebalance.simulation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StaffingScheduleTests {

    @Test
    void aNumberIsStaffedAllDay() {
        StaffingSchedule s = StaffingSchedule.parse("14");
        assertThat(s.agentsAt(LocalTime.of(3, 0))).isEqualTo(14);
        assertThat(s.isConstant()).isTrue();
        assertThat(s).hasToString("14");
    }

    @Test
    void stepsHoldUntilTheNextAndTheDayStartsWithTheLastStep() {
        StaffingSchedule s = StaffingSchedule.parse("14@08:00/6@18:00");
        assertThat(s.agentsAt(LocalTime.of(7, 59))).isEqualTo(6);
        assertThat(s.agentsAt(LocalTime.of(8, 0))).isEqualTo(14);
        assertThat(s.agentsAt(LocalTime.of(23, 0))).isEqualTo(6);
        assertThat(s.maxAgents()).isEqualTo(14);
        assertThat(StaffingSchedule.parse(s.toString())).isEqualTo(s);
    }

    @Test
    void refusesMalformedSteps() {
        assertThatThrownBy(() -> StaffingSchedule.parse("many")).hasMessage("'many' is not a whole number of agents");
        assertThatThrownBy(() -> StaffingSchedule.parse("-2")).hasMessage("agents must not be negative (-2)");
        assertThatThrownBy(() -> StaffingSchedule.parse("3@25:00")).hasMessage("'25:00' is not a time of day HH:MM");
        assertThatThrownBy(() -> StaffingSchedule.parse("3@08:00/4@08:00")).hasMessage("two steps start at 08:00");
    }

    @Test
    void daysOfTheWeekMayHaveStepsOfTheirOwn() {
        StaffingSchedule s = StaffingSchedule.parse("6@00:00/14@08:00;SAT=3@00:00/6@09:00;SUN=2");
        assertThat(s.agentsAt(java.time.DayOfWeek.MONDAY, LocalTime.of(9, 0))).isEqualTo(14);
        assertThat(s.agentsAt(java.time.DayOfWeek.SATURDAY, LocalTime.of(9, 0))).isEqualTo(6);
        assertThat(s.agentsAt(java.time.DayOfWeek.SUNDAY, LocalTime.of(9, 0))).isEqualTo(2);
        assertThat(s.isWeekly()).isTrue();
        assertThat(s.isConstant()).isFalse();
        assertThat(StaffingSchedule.parse(s.toString())).isEqualTo(s);
        java.time.Instant monday = java.time.Instant.parse("2026-01-05T00:00:00Z");
        // weekdays 8 h x 6 + 16 h x 14, Saturday 9 h x 3 + 15 h x 6, Sunday 24 h x 2
        assertThat(s.agentHours(monday, monday.plusSeconds(7 * 86_400), java.time.ZoneOffset.UTC))
                .isEqualTo(5 * (48 + 224) + (27 + 90) + 48);
        assertThat(s.scaled(2).agentsAt(java.time.DayOfWeek.SUNDAY, LocalTime.NOON)).isEqualTo(4);
    }

    @Test
    void refusesMalformedDays() {
        assertThatThrownBy(() -> StaffingSchedule.parse("3;FRIDAY=2")).hasMessage(
                "'FRIDAY' is not a day of the week (MON, TUE, ..., SUN)");
        assertThatThrownBy(() -> StaffingSchedule.parse("3;SAT=2;SAT=1")).hasMessage("'SAT' is given twice");
        assertThatThrownBy(() -> StaffingSchedule.parse("SAT=2")).hasMessage(
                "give steps without a day for the days not named, or all seven days");
        assertThatThrownBy(() -> StaffingSchedule.parse("3;4")).hasMessage("'3;4' has two parts without a day");
    }
}
