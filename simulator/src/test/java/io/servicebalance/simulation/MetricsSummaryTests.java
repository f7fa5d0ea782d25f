package io.servicebalance.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Student t quantile behind every 95% interval, against the printed tables. */
class MetricsSummaryTests {

    @Test
    void theTQuantileMatchesTheTables() {
        assertThat(MetricsSummary.tQuantile(1)).isCloseTo(12.706, within(5e-4));
        assertThat(MetricsSummary.tQuantile(4)).isCloseTo(2.776, within(5e-4));
        assertThat(MetricsSummary.tQuantile(9)).isCloseTo(2.262, within(5e-4));
        assertThat(MetricsSummary.tQuantile(29)).isCloseTo(2.045, within(5e-4));
        assertThat(MetricsSummary.tQuantile(1_000_000)).isCloseTo(1.960, within(5e-4));
    }
}
