package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TallyTests {

    @Test
    void givesTheMeanAndTheStudentTHalfWidthComputedByHand() {
        Tally t = Tally.of("cost", 10, 12, 14, 16);
        // mean 13, sample sd sqrt(20/3), t(3, 0.975) = 3.182446305
        assertThat(t.mean()).isEqualTo(13);
        assertThat(t.ci95()).isCloseTo(3.182446305 * Math.sqrt(20.0 / 3) / 2, within(1e-8));
    }

    @Test
    void leavesUndefinedObservationsOutAndHasNoIntervalForOne() {
        Tally t = Tally.of("sl", Double.NaN, 0.5);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.defined()).isEqualTo(1);
        assertThat(t.mean()).isEqualTo(0.5);
        assertThat(t.ci95()).isNaN();
        assertThat(new Tally("none").mean()).isNaN();
    }

    @Test
    void pairsReplicationsAndRefusesTalliesOfDifferentLengths() {
        Tally d = Tally.of("a", 5, 7, 9).minus(Tally.of("b", 4, 6, 8));
        assertThat(d.mean()).isEqualTo(1);
        assertThat(d.ci95()).isZero();
        assertThatThrownBy(() -> Tally.of("a", 1, 2).minus(Tally.of("b", 1))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("a has 2 observations, b 1");
    }
}
