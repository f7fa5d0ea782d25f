package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
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

/**
 * TIER_TARGET routes by the tiers' targets. On traffic from an independent generator (two weeks of Poisson arrivals,
 * 11 agents for about 10.5 Erlangs, exponential patience), at the same staffing: a PREMIUM PHONE target of 10 s raises
 * PREMIUM's service level against no tier target, and it is the target that does it, at some cost to the others.
 */
class TierTargetRoutingTests {

    private static final double[] SHARES = {0.2, 0.5, 0.3, 0};
    private static final Trace TRAFFIC = new PoissonTraffic(210, 1, 180, 240, SHARES, 5_000).days(14, 11);

    private static Policy policy(Discipline discipline, Double premiumTarget) {
        Map<Channel, Map<ServiceTier, Double>> tiers = premiumTarget == null ? Map.of()
                : Map.of(Channel.PHONE, Map.of(ServiceTier.PREMIUM, premiumTarget));
        return new Policy(discipline + " " + premiumTarget, Map.of(Channel.PHONE,
                StaffingSchedule.parse("0@00:00/11@08:00/0@20:00")), discipline, Policy.DEFAULT_TIER_ORDER,
                Policy.DEFAULT_TIER_WEIGHTS, 1.0, Map.of(Channel.PHONE, 20.0), tiers, 2);
    }

    private static Replication run(Trace trace, Policy policy) {
        return new Simulator(trace, ZoneOffset.UTC).replicate(0, policy, PatienceModel.none(), 5, 0);
    }

    private static Map<ServiceTier, Metrics> tiers(Policy policy) {
        return run(TRAFFIC, policy).channels().get(Channel.PHONE).byTier();
    }

    /** Share of a tier's contacts answered within {@code seconds}: one yardstick for policies with other targets. */
    private static double within(Policy policy, ServiceTier tier, double seconds) {
        Outcomes o = run(TRAFFIC, policy).outcomes();
        int offered = 0;
        int within = 0;
        for (int i = 0; i < TRAFFIC.size(); i++) {
            if (TRAFFIC.tier(i) == tier) {
                offered++;
                within += o.answered(i) && o.waitSeconds(i) <= seconds ? 1 : 0;
            }
        }
        return (double) within / offered;
    }

    @Test
    void aPremiumTargetOfTenSecondsRaisesPremiumServiceLevelAgainstNoTierTarget() {
        Map<ServiceTier, Metrics> none = tiers(policy(Discipline.FIFO, null));
        Map<ServiceTier, Metrics> routed = tiers(policy(Discipline.TIER_TARGET, 10.0));
        Map<ServiceTier, Metrics> scoredOnly = tiers(policy(Discipline.FIFO, 10.0));

        assertThat(none.get(ServiceTier.PREMIUM).serviceLevel()).isBetween(0.5, 0.75);
        assertThat(routed.get(ServiceTier.PREMIUM).serviceLevel())
                .isGreaterThan(none.get(ServiceTier.PREMIUM).serviceLevel() + 0.03);
        assertThat(scoredOnly.get(ServiceTier.PREMIUM).serviceLevel())
                .isLessThan(none.get(ServiceTier.PREMIUM).serviceLevel());
    }

    @Test
    void theTighterTargetMovesPremiumForwardAtSomeCostToTheOthers() {
        Policy without = policy(Discipline.TIER_TARGET, null);
        Policy with = policy(Discipline.TIER_TARGET, 10.0);

        assertThat(within(with, ServiceTier.PREMIUM, 10))
                .isGreaterThan(within(without, ServiceTier.PREMIUM, 10) + 0.03);
        assertThat(within(with, ServiceTier.PREMIUM, 20)).isGreaterThan(within(without, ServiceTier.PREMIUM, 20));
        assertThat(within(with, ServiceTier.STANDARD, 20)).isLessThan(within(without, ServiceTier.STANDARD, 20));
        assertThat(within(with, ServiceTier.BASIC, 20)).isLessThan(within(without, ServiceTier.BASIC, 20));
    }

    @Test
    void servesTheContactNearestToItsTargetBeforeOneAlreadyPastIt() {
        Trace trace = new Contacts()
                .phone("busy", ServiceTier.BASIC, 0, 30, Patience.unknown())
                .phone("late", ServiceTier.STANDARD, 1, 10, Patience.unknown())
                .phone("premium", ServiceTier.PREMIUM, 20, 10, Patience.unknown())
                .phone("basic", ServiceTier.BASIC, 25, 10, Patience.unknown())
                .trace();
        Policy p = policy(Discipline.TIER_TARGET, 10.0);
        Policy oneAgent = new Policy("one", Map.of(Channel.PHONE, StaffingSchedule.constant(1)), p.discipline(),
                p.tierOrder(), p.tierWeights(), 1.0, p.thresholds(), p.tierThresholds(), 2);

        Outcomes o = run(trace, oneAgent).outcomes();

        assertThat(o.waitSeconds(Contacts.row(trace, "premium"))).isEqualTo(10, within(1e-6));
        assertThat(o.waitSeconds(Contacts.row(trace, "basic"))).isEqualTo(15, within(1e-6));
        assertThat(o.waitSeconds(Contacts.row(trace, "late"))).isEqualTo(49, within(1e-6));
    }

    @Test
    void withOneTargetForEveryTierAndNoOneLateItTakesContactsInArrivalOrder() {
        Trace trace = new Contacts()
                .phone("first", ServiceTier.BASIC, 0, 10, Patience.unknown())
                .phone("second", ServiceTier.BASIC, 1, 5, Patience.unknown())
                .phone("third", ServiceTier.CARE, 2, 5, Patience.unknown())
                .trace();
        Policy p = policy(Discipline.TIER_TARGET, null);
        Policy oneAgent = new Policy("one", Map.of(Channel.PHONE, StaffingSchedule.constant(1)), p.discipline(),
                p.tierOrder(), p.tierWeights(), 1.0, p.thresholds(), p.tierThresholds(), 2);

        Outcomes o = run(trace, oneAgent).outcomes();

        assertThat(o.waitSeconds(Contacts.row(trace, "second"))).isEqualTo(9, within(1e-6));
        assertThat(o.waitSeconds(Contacts.row(trace, "third"))).isEqualTo(13, within(1e-6));
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
