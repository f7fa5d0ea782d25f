package io.servicebalance.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AsciiNumbersTests {

    private static double number(String text) {
        byte[] b = ("  " + text + "  ").getBytes(StandardCharsets.UTF_8);
        return AsciiNumbers.parseDouble(b, 2, b.length - 2);
    }

    private static Instant instant(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        long[] out = new long[2];
        AsciiNumbers.parseInstant(b, 0, b.length, out);
        return Instant.ofEpochSecond(out[0], out[1]);
    }

    @Test
    void decimalsOfEveryLengthGiveExactlyWhatDoubleParseDoubleGives() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 40_000; k++) {
            String text;
            if (k % 3 == 0) {
                text = Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-3, 9)));
            } else {
                StringBuilder s = new StringBuilder();
                int whole = random.nextInt(0, 10);
                for (int i = 0; i < whole; i++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
                if (whole == 0 || random.nextBoolean()) {
                    s.append('.');
                    int fraction = random.nextInt(whole == 0 ? 1 : 0, 19);
                    for (int i = 0; i < fraction; i++) {
                        s.append((char) ('0' + random.nextInt(10)));
                    }
                }
                text = s.toString();
            }
            assertThat(number(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void otherNumberShapesAreLeftToDoubleParseDouble() {
        assertThat(number("1e3")).isEqualTo(1000);
        assertThat(number("-0")).isEqualTo(-0.0);
        assertThat(number("5.")).isEqualTo(5);
        assertThat(number(".25")).isEqualTo(0.25);
        assertThat(number("Infinity")).isInfinite();
        assertThatThrownBy(() -> number(".")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> number("1.2.3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> number("12 s")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> number("")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void instantsOfEveryDayAndPrecisionGiveExactlyWhatInstantParseGives() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 30_000; k++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(0, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
            StringBuilder s = new StringBuilder(day.toString()).append(String.format("T%02d:%02d:%02d",
                    random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            int digits = random.nextInt(0, 10);
            if (digits > 0) {
                s.append('.');
                for (int i = 0; i < digits; i++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
            String text = s.append('Z').toString();
            assertThat(instant(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void otherInstantShapesAreLeftToInstantParse() {
        assertThat(instant("2026-03-02T10:15:00+01:00")).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        for (String odd : new String[] {"2024-02-29T00:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T09:15:00.Z",
            "2026-03-02T23:59:60Z", "+12026-03-02T09:15:00Z", "2026-03-02t09:15:00z"}) {
            assertThat(instant(odd)).as(odd).isEqualTo(Instant.parse(odd));
        }
        for (String bad : new String[] {"2026-02-29T00:00:00Z", "2026-02-30T09:15:00Z", "2026-13-01T00:00:00Z",
            "2026-03-02T09:60:00Z", "2026-03-02 09:15:00Z", "yesterday", "2026-03-02T09:15:00.1234567890Z"}) {
            assertThatThrownBy(() -> instant(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
