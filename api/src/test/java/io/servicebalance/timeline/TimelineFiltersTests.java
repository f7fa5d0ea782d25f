package io.servicebalance.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.web.Problems.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFiltersTests {

    @Test
    void daysBecomeTheApisInstantsWithTheToDayIncludedAndAsOfReadAsUtc() {
        List<FieldError> errors = new ArrayList<>();
        TimelineQuery query = new TimelineFilters(List.of("PHONE", "CHAT"), List.of("ContactAbandoned"), "2026-03-01",
                "2026-03-31", "2026-04-02T09:30").query(null, 50, errors);

        assertThat(errors).isEmpty();
        assertThat(query.channels()).containsExactly("PHONE", "CHAT");
        assertThat(query.types()).containsExactly("ContactAbandoned");
        assertThat(query.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(query.asOf()).isEqualTo(Instant.parse("2026-04-02T09:30:00Z"));
    }

    @Test
    void badFiltersAreNamedAsTheApiNamesThem() {
        List<FieldError> errors = new ArrayList<>();
        new TimelineFilters(List.of("FAX"), List.of(), "someday", null, null).query(null, 50, errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("channels", "from");
    }

    @Test
    void theFiltersTravelWithTheNextPagesAndLiveEntriesStopInAnAsOfView() {
        TimelineFilters filters = new TimelineFilters(List.of("EMAIL"), List.of(), "2026-03-01", null, " ");

        assertThat(filters.appendTo("/ui/customers/c 1/entries"))
                .isEqualTo("/ui/customers/c%201/entries?channel=EMAIL&from=2026-03-01");
        assertThat(filters.live()).isTrue();
        assertThat(new TimelineFilters(null, null, null, null, "2026-03-01T00:00").live()).isFalse();
        assertThat(new TimelineFilters(null, null, null, null, null).any()).isFalse();
    }
}
