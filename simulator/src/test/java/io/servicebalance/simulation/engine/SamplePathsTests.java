package io.servicebalance.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.PoissonTraffic;
import io.servicebalance.simulation.trace.Trace;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Resampled sample paths, on four weeks of traffic from an independent generator (weekends at 45% of weekdays): each
 * day replaced by a recorded day of the same day of week, at the same times of day; handle times drawn from the
 * recorded ones; the same path for the same (seed, replication), another for another replication.
 */
class SamplePathsTests {

    private static final Trace TRAFFIC = new PoissonTraffic(60, 0.45, 180, 120, new double[] {1, 1, 1, 1}, 2_000)
            .days(28, 3);
    private static final ZoneId ZONE = ZoneOffset.UTC;

    private static SamplePaths paths(boolean days, boolean handles) {
        Map<Channel, ChannelTrace> base = new EnumMap<>(Channel.class);
        TRAFFIC.indicesByChannel().forEach((c, idx) -> base.put(c, new ChannelTrace(TRAFFIC, c, idx, ZONE)));
        return new SamplePaths(TRAFFIC, ZONE, base, days, handles);
    }

    private static ChannelTrace phone(SamplePaths.Path path) {
        return path.channels().get(Channel.PHONE);
    }

    private static DayOfWeek dayOfWeek(double secondsAfterOrigin) {
        return TRAFFIC.origin().plusSeconds((long) secondsAfterOrigin).atZone(ZONE).getDayOfWeek();
    }

    @Test
    void eachDayIsARecordedDayOfTheSameDayOfWeekAtTheSameTimesOfDay() {
        SamplePaths paths = paths(true, false);
        ChannelTrace path = phone(paths.sample(7, 0));
        assertThat(paths.days()).isEqualTo(28);
        for (int j = 0; j < path.size(); j++) {
            int row = path.traceRow(j);
            assertThat(dayOfWeek(path.arrival[j])).isEqualTo(dayOfWeek(TRAFFIC.arrival(row)));
            assertThat(path.arrival[j] % 86_400).isCloseTo(TRAFFIC.arrival(row) % 86_400,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(path.handle[j]).isEqualTo(TRAFFIC.handleSeconds(row));
            assertThat(path.globalIndex(j)).isEqualTo(j);
            if (j > 0) {
                assertThat(path.arrival[j]).isGreaterThanOrEqualTo(path.arrival[j - 1]);
            }
        }
        assertThat(path.size()).isNotEqualTo(TRAFFIC.size());
        assertThat(Arrays.stream(path.row).distinct().count()).isLessThan(path.size());
    }

    @Test
    void theSameSeedAndReplicationGiveTheSamePathAndAnotherReplicationAnother() {
        SamplePaths paths = paths(true, true);
        ChannelTrace one = phone(paths.sample(7, 2));
        ChannelTrace again = phone(paths.sample(7, 2));
        ChannelTrace other = phone(paths.sample(7, 3));
        assertThat(again.row).containsExactly(one.row);
        assertThat(again.arrival).containsExactly(one.arrival);
        assertThat(again.handle).containsExactly(one.handle);
        assertThat(Arrays.equals(other.row, one.row)).isFalse();
    }

    @Test
    void resampledHandleTimesAreRecordedOnesInOtherPlaces() {
        ChannelTrace path = phone(paths(false, true).sample(7, 0));
        Set<Double> recorded = new HashSet<>();
        double recordedMean = 0;
        for (int i = 0; i < TRAFFIC.size(); i++) {
            recorded.add(TRAFFIC.handleSeconds(i));
            recordedMean += TRAFFIC.handleSeconds(i) / TRAFFIC.size();
        }
        int moved = 0;
        double mean = 0;
        for (int j = 0; j < path.size(); j++) {
            assertThat(recorded).contains(path.handle[j]);
            assertThat(path.traceRow(j)).isEqualTo(j);
            assertThat(path.arrival[j]).isEqualTo(TRAFFIC.arrival(j));
            moved += path.handle[j] != TRAFFIC.handleSeconds(j) ? 1 : 0;
            mean += path.handle[j] / path.size();
        }
        assertThat(moved).isGreaterThan(path.size() * 9 / 10);
        assertThat(mean).isCloseTo(recordedMean, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(mean).isNotEqualTo(recordedMean);
    }

    @Test
    void theRecordedPathIsTheTraceItself() {
        SamplePaths paths = paths(false, false);
        SamplePaths.Path path = paths.sample(7, 4);
        assertThat(paths.recorded()).isTrue();
        assertThat(phone(path).arrival).isSameAs(phone(paths.sample(7, 5)).arrival);
        assertThat(path.size()).isEqualTo(TRAFFIC.size());
    }
}
