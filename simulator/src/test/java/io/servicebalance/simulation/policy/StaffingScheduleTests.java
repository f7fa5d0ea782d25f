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
}
