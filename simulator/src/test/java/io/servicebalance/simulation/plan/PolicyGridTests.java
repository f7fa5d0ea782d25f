package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyGridTests {

    private static final Map<Channel, StaffingSchedule> SEEDED = Map.of(
            Channel.PHONE, StaffingSchedule.parse("2@00:00/4@08:00"), Channel.EMAIL, StaffingSchedule.constant(1));

    @Test
    void expandsEveryCombinationAndKeepsChannelsWithoutAnAxis() {
        Scenario s = ScenarioFile.parse("""
                {"historical": {"source": "seeded", "priority": "FIFO"},
                 "grid": {"agents": {"PHONE": {"scale": [0.5, 1.5]}}, "priority": ["FIFO", "TIER_STRICT"],
                          "tierTargetSeconds": {"PREMIUM": {"PHONE": [10, 30]}}},
                 "targets": {"thresholdSeconds": {"PHONE": 20}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        Policy historical = PolicyGrid.historical(s, SEEDED);
        List<Policy> grid = PolicyGrid.expand(s.grid(), historical);
        assertThat(grid).hasSize(8);
        Policy last = grid.get(7);
        assertThat(last.name()).isEqualTo("PHONE x1.5, TIER_STRICT, PREMIUM PHONE 30s");
        assertThat(last.staffing().get(Channel.PHONE)).hasToString("3@00:00/6@08:00");
        assertThat(last.staffing().get(Channel.EMAIL)).hasToString("1");
        assertThat(last.discipline()).isEqualTo(Discipline.TIER_STRICT);
        assertThat(last.thresholdSeconds(Channel.PHONE, ServiceTier.PREMIUM)).isEqualTo(30);
        assertThat(last.thresholdSeconds(Channel.PHONE, ServiceTier.BASIC)).isEqualTo(20);
        assertThat(grid.get(0).staffing().get(Channel.PHONE)).hasToString("1@00:00/2@08:00");
    }

    @Test
    void optimisedTargetsTogetherStaffEveryChannelForItsIthTargetInOnePolicyWhereCombinationsMakeEveryPair() {
        Scenario s = ScenarioFile.parse("""
                {"historical": {"source": "seeded"}, "staffing": {"method": "optimise", "targets": "together"},
                 "grid": {"serviceLevelTargets": {"PHONE": [0.8, 0.9], "EMAIL": [0.8, 0.9]}, "priority": ["FIFO"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        Policy historical = PolicyGrid.historical(s, SEEDED);
        Map<Channel, List<StaffingOptimisation.Labelled>> optimised = Map.of(
                Channel.PHONE, List.of(new StaffingOptimisation.Labelled("PHONE 80%", StaffingSchedule.constant(5)),
                        new StaffingOptimisation.Labelled("PHONE 90%", StaffingSchedule.constant(7))),
                Channel.EMAIL, List.of(new StaffingOptimisation.Labelled("EMAIL 80%", StaffingSchedule.constant(2)),
                        new StaffingOptimisation.Labelled("EMAIL 90%", StaffingSchedule.constant(3))));

        List<Policy> together = PolicyGrid.expand(s.grid(), historical, optimised, true);
        List<Policy> combinations = PolicyGrid.expand(s.grid(), historical, optimised, false);

        assertThat(together).extracting(Policy::name).containsExactly("PHONE 80%, EMAIL 80%, FIFO",
                "PHONE 90%, EMAIL 90%, FIFO");
        assertThat(together.get(1).staffing()).containsEntry(Channel.PHONE, StaffingSchedule.constant(7))
                .containsEntry(Channel.EMAIL, StaffingSchedule.constant(3));
        assertThat(combinations).hasSize(4);
        assertThat(GridSize.of(s).policies()).isEqualTo(2);
    }

    @Test
    void explicitSchedulesReplaceTheHistoricalOne() {
        Scenario s = ScenarioFile.parse("""
                {"historical": {"agents": {"PHONE": "5"}},
                 "grid": {"agents": {"PHONE": {"schedules": ["4", "1@00:00/6@09:00"]}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        List<Policy> grid = PolicyGrid.expand(s.grid(), PolicyGrid.historical(s, Map.of()));
        assertThat(grid).extracting(Policy::name).containsExactly("PHONE 4", "PHONE 1@00:00/6@09:00");
    }

    @Test
    void tierTargetsRouteWhenTheGridListsNoPriorities() {
        Scenario s = ScenarioFile.parse("""
                {"historical": {"agents": {"PHONE": "5"}, "priority": "FIFO"},
                 "grid": {"tierTargetSeconds": {"PREMIUM": {"PHONE": [10, 20]}}},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        Policy historical = PolicyGrid.historical(s, Map.of());
        List<Policy> grid = PolicyGrid.expand(s.grid(), historical);
        assertThat(grid).extracting(Policy::discipline).containsOnly(Discipline.TIER_TARGET);
        assertThat(historical.discipline()).isEqualTo(Discipline.FIFO);
        assertThat(grid.get(0).thresholdSeconds(Channel.PHONE, ServiceTier.PREMIUM)).isEqualTo(10);
    }
}
