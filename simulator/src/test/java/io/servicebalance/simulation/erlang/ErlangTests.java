package io.servicebalance.simulation.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangTests {

    // Public test vector (pyworkforce, CRAN ErlangC): 100 contacts per 30 min, AHT 180 s, target 80/20.
    static final double LOAD = 100.0 / 1800 * 180;

    @Test
    void loadOfTheVectorIsTenErlangs() {
        assertThat(LOAD).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void probabilityOfWaitingMatchesThePublishedVector() {
        assertThat(ErlangC.probabilityOfWaiting(LOAD, 14)).isCloseTo(0.1741319335950498, within(1e-12));
    }

    @Test
    void serviceLevelMatchesThePublishedVector() {
        assertThat(ErlangC.serviceLevel(LOAD, 14, 180, 20)).isCloseTo(0.8883500191794669, within(1e-12));
    }

    @Test
    void averageSpeedOfAnswerAndOccupancyMatchThePublishedVector() {
        assertThat(ErlangC.averageSpeedOfAnswer(LOAD, 14, 180)).isCloseTo(7.836, within(0.001));
        assertThat(ErlangC.occupancy(LOAD, 14)).isCloseTo(0.714286, within(1e-6));
    }

    @Test
    void minimumAgentsForEightyTwentyIsFourteen() {
        assertThat(ErlangC.minimumAgents(LOAD, 180, 20, 0.8)).isEqualTo(14);
        assertThat(ErlangC.serviceLevel(LOAD, 13, 180, 20)).isLessThan(0.8);
    }

    @Test
    void thirtyPercentShrinkageGivesTwentyScheduledPositions() {
        assertThat((int) Math.ceil(14 / (1 - 0.30))).isEqualTo(20);
    }

    @Test
    void staysFiniteAndSensibleAtAThousandAgents() {
        double p = ErlangC.probabilityOfWaiting(950, 1000);
        assertThat(p).isBetween(0.0, 1.0).isNotNaN();
        assertThat(ErlangC.serviceLevel(950, 1000, 180, 20)).isBetween(0.0, 1.0);
        assertThat(ErlangC.minimumAgents(950, 180, 20, 0.8)).isBetween(951, 1100);
        assertThat(ErlangA.of(950.0 / 180, 180, 300, 1000).probabilityOfWaiting()).isBetween(0.0, 1.0);
    }

    @Test
    void overloadWaitsForSure() {
        assertThat(ErlangC.probabilityOfWaiting(15, 14)).isEqualTo(1.0);
        assertThat(ErlangC.serviceLevel(15, 14, 180, 20)).isZero();
    }

    @Test
    void squareRootStaffingIsWithinOneAgentOfTheTargetMinimum() {
        int sqrt = ErlangC.squareRootStaffing(LOAD, 1.0);
        assertThat(Math.abs(sqrt - ErlangC.minimumAgents(LOAD, 180, 20, 0.8))).isLessThanOrEqualTo(1);
    }

    @Test
    void erlangAApproachesErlangCWhenPatienceIsVeryLong() {
        ErlangA a = ErlangA.of(100.0 / 1800, 180, 1e9, 14);
        assertThat(a.probabilityOfWaiting()).isCloseTo(0.1741319335950498, within(1e-6));
        assertThat(a.meanWaitSeconds()).isCloseTo(7.836, within(0.01));
        assertThat(a.probabilityOfAbandon()).isLessThan(1e-6);
    }

    @Test
    void erlangAIsStableInOverloadAndAbandonsTheExcess() {
        // 20 Erlangs offered to 14 agents: at most 14/20 can be served, so at least 30% must abandon.
        ErlangA a = ErlangA.of(20.0 / 180, 180, 60, 14);
        assertThat(a.probabilityOfAbandon()).isGreaterThanOrEqualTo(1 - 14.0 / 20).isLessThan(0.5);
        assertThat(a.probabilityOfWaiting()).isGreaterThan(a.probabilityOfAbandon());
        assertThat(a.occupancy()).isBetween(0.9, 1.0);
    }

    @Test
    void erlangAConservesFlow() {
        ErlangA a = ErlangA.of(100.0 / 1800, 180, 300, 12);
        double served = (1 - a.probabilityOfAbandon()) * 100.0 / 1800 * 180;
        assertThat(a.occupancy() * 12).isCloseTo(served, within(1e-9));
    }

    @Test
    void erlangAServiceLevelAndAsaTendToErlangCForVeryPatientCustomers() {
        double lambda = 100.0 / 1800;
        assertThat(ErlangA.serviceLevel(lambda, 180, 1e9, 14, 20)).isCloseTo(0.8883500191794669, within(1e-6));
        assertThat(ErlangA.averageSpeedOfAnswer(lambda, 180, 1e9, 14)).isCloseTo(7.836, within(0.001));
    }

    @Test
    void abandonmentRaisesTheServiceLevelOfThoseWhoStayButCountsAsFailure() {
        double lambda = 100.0 / 1800;
        double patient = ErlangA.serviceLevel(lambda, 180, 300, 14, 20);
        assertThat(patient).isGreaterThan(0.8883500191794669).isLessThan(1 - ErlangA.of(lambda, 180, 300, 14)
                .probabilityOfAbandon());
        assertThat(ErlangA.averageSpeedOfAnswer(lambda, 180, 300, 14)).isLessThan(7.836);
        assertThat(ErlangA.serviceLevel(lambda, 180, 300, 14, 0)).isCloseTo(
                1 - ErlangA.of(lambda, 180, 300, 14).probabilityOfWaiting(), within(1e-12));
    }

    @Test
    void erlangAMinimumAgentsNeverExceedsErlangC() {
        int withAbandonment = ErlangA.minimumAgents(100.0 / 1800, 180, 300, 20, 0.8);
        assertThat(withAbandonment).isLessThanOrEqualTo(14).isGreaterThanOrEqualTo(11);
        assertThat(ErlangA.serviceLevel(100.0 / 1800, 180, 300, withAbandonment, 20)).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangA.serviceLevel(100.0 / 1800, 180, 300, withAbandonment - 1, 20)).isLessThan(0.8);
    }

    @Test
    void erlangAStaysFiniteForAThousandAgents() {
        double lambda = 990.0 / 180;
        assertThat(ErlangA.serviceLevel(lambda, 180, 300, 1000, 20)).isBetween(0.0, 1.0);
        assertThat(ErlangA.averageSpeedOfAnswer(lambda, 180, 300, 1000)).isFinite().isPositive();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(5, 0)).hasMessageContaining("agents");
        assertThatThrownBy(() -> ErlangC.erlangB(-1, 3)).hasMessageContaining("load");
        assertThatThrownBy(() -> ErlangA.of(0, 180, 60, 3)).hasMessageContaining("positive");
    }
}
