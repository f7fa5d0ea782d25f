package io.servicebalance.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTests {

    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long END = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void readsEveryInstantTheMappingWritesAsTheFormatterDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(random.nextLong(FIRST, END), nanos);
            String json = MAPPER.writeValueAsString(at);
            assertThat(IsoInstants.parse(at.toString())).isEqualTo(at);
            assertThat(MAPPER.readValue(json, Instant.class)).isEqualTo(Instant.parse(at.toString()));
        }
    }

    @Test
    void leavesEveryOtherShapeToJacksonsOwnDeserializer() throws Exception {
        assertThat(IsoInstants.parse("2026-01-07T09:00:12+01:00")).isNull();
        assertThat(MAPPER.readValue("\"2026-01-07T09:00:12+01:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-01-07T08:00:12Z"));
        assertThat(IsoInstants.parse("+10000-01-01T00:00:00Z")).isNull();
        assertThat(MAPPER.readValue("\"+10000-01-01T00:00:00Z\"", Instant.class))
                .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(MAPPER.readValue("1767776412", Instant.class)).isEqualTo(Instant.ofEpochSecond(1_767_776_412));
        for (String bad : new String[] {"2026-02-30T00:00:00Z", "2026-01-07T24:00:00Z", "2026-01-07T09:00:60Z",
            "2026-01-07T09:00:12.Z", "2026-01-07T09:00:12.1234567890Z", "2026-01-07 09:00:12Z",
            "2026-0a-07T09:00:12Z"}) {
            assertThat(IsoInstants.parse(bad)).as(bad).isNull();
        }
        assertThatThrownBy(() -> MAPPER.readValue("\"2026-02-30T00:00:00Z\"", Instant.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
