package io.servicebalance.timeline;

import io.servicebalance.web.Problems.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer page's timeline filters as a browser sends them: channels and event types ticked, days for the range
 * (the "to" day included) and a local date-time (UTC) for asOf. They are turned into the API's {@link TimelineQuery},
 * so the pages page and check exactly as the API does.
 */
record TimelineFilters(List<String> channel, List<String> type, String from, String to, String asOf) {

    TimelineFilters {
        channel = channel == null ? List.of() : List.copyOf(channel);
        type = type == null ? List.of() : List.copyOf(type);
        from = blankToNull(from);
        to = blankToNull(to);
        asOf = blankToNull(asOf);
    }

    TimelineQuery query(String cursor, int limit, List<FieldError> errors) {
        return TimelineQuery.parse(String.join(",", type), String.join(",", channel), day(from, 0), day(to, 1),
                asOf == null ? null : asOf + (asOf.length() == 16 ? ":00Z" : "Z"), null, cursor,
                String.valueOf(limit), errors);
    }

    /** Whether new entries belong on the page as they arrive: not in an as-of view or a range ending earlier. */
    public boolean live() {
        return asOf == null && to == null;
    }

    public boolean any() {
        return !channel.isEmpty() || !type.isEmpty() || from != null || to != null || asOf != null;
    }

    /** The filters as query parameters, for the next pages and the live stream. */
    String appendTo(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        channel.forEach(c -> uri.queryParam("channel", c));
        type.forEach(t -> uri.queryParam("type", t));
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (asOf != null) {
            uri.queryParam("asOf", asOf);
        }
        return uri.encode().build().toUriString();
    }

    /** A day as the instant it starts (UTC), plus {@code days}; text that is no day is passed on to be named. */
    private static String day(String text, int days) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(days).atStartOfDay().toString() + ":00Z";
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
