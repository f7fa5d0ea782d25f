package io.servicebalance.eventstore.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class AxonTimestampsTests {

    @Test
    void writesWhatAxonsFormatterWrites() {
        SplittableRandom random = new SplittableRandom(7);
        long first = Instant.parse("0500-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(3) == 0 ? 0
                    : random.nextInt(1_000_000_000));
            assertThat(AxonTimestamps.format(at)).as("%s", at).isEqualTo(DateTimeUtils.formatInstant(at));
        }
        for (String edge : new String[] {"1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z", "2026-02-28T23:59:59.999Z", "2024-02-29T12:00:00.001Z"}) {
            Instant at = Instant.parse(edge);
            assertThat(AxonTimestamps.format(at)).isEqualTo(DateTimeUtils.formatInstant(at));
        }
    }
}
