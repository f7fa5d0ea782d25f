package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantsTests {

    @Test
    void readsWhatTheIsoFormatterReads() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 7_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(offset));
            assertThat(Instants.parse(text)).as(text).isEqualTo(at);
        }
    }

    @Test
    void agreesWithTheIsoFormatterOnOddShapes() {
        for (String text : new String[] {"2026-01-05T08:30:00.Z", "2026-01-05T08:30:00z", "2026-01-05T08:30:00+02",
            "2026-01-05T08:30:00+02:00:30", "2026-01-05T08:30Z", "2026-01-05T08:30:00.1234567891Z", "2026-01-05t08:30:00Z",
            "2026-01-05T08:30:00-00:00", "0000-01-01T00:00:00Z", "2024-02-29T00:00:00Z"}) {
            Object expected;
            try {
                expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                expected = DateTimeParseException.class;
            }
            Object actual;
            try {
                actual = Instants.parse(text);
            } catch (DateTimeParseException e) {
                actual = DateTimeParseException.class;
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void refusesImpossibleDatesAndTimes() {
        for (String text : new String[] {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
            "2026-01-01T23:60:00Z", "2026-01-01T23:00:60Z", "2026-01-01T23:00:00+19:00", "2026-01-01 23:00:00Z",
            "yesterday"}) {
            assertThatThrownBy(() -> Instants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
