package io.servicebalance.timeline;

import io.servicebalance.contact.Channel;
import io.servicebalance.rules.Shape;
import io.servicebalance.web.Problems.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a timeline request, checked: every bad parameter is named. The cursor is opaque to clients:
 * generation, business time and entry id of the last entry returned (keyset pagination, newest first).
 */
record TimelineQuery(List<String> types, List<String> channels, Instant from, Instant to, Instant asOf,
                     String contactId, Cursor after, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final Set<String> TYPES = Set.of("CustomerRegistered", "ServiceTierChanged", "AccountManagerAssigned",
            "ContactDetailsChanged", "PurchaseRecorded", "CustomerChurned", "CustomerWonBack", "ContactReceived",
            "ContactAnswered", "ContactAbandoned", "ContactEscalated", "ContactResolved", "ContactReopened",
            "ContactClosed", "SatisfactionRated", "ComplaintAcknowledged", "ComplaintInvestigated", "RemedyProposed",
            "RemedyImplemented", "ComplaintArchived");

    /** Position after which a page starts. */
    record Cursor(int generation, Instant occurredAt, long entryId, int filters) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((generation + "|" + occurredAt + "|"
                    + entryId + "|" + filters).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("malformed");
            }
            return new Cursor(Integer.parseInt(parts[0]), Instant.parse(parts[1]), Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3]));
        }
    }

    /** A fingerprint of the filters, so that a cursor is only used with the filters it was issued for. */
    int filters() {
        return java.util.Objects.hash(types, channels, from, to, asOf, contactId);
    }

    static TimelineQuery parse(String types, String channels, String from, String to, String asOf, String contact,
                               String cursor, String limit, List<FieldError> errors) {
        List<String> typeList = list(types);
        typeList.stream().filter(t -> !TYPES.contains(t)).findFirst().ifPresent(t -> errors.add(new FieldError(
                "types", "unknown event type '" + t + "'")));
        List<String> channelList = list(channels);
        List<String> known = Arrays.stream(Channel.values()).map(Enum::name).toList();
        channelList.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> errors.add(new FieldError(
                "channels", "unknown channel '" + c + "' (one of " + known + ")")));
        Instant fromTime = instant("from", from, errors);
        Instant toTime = instant("to", to, errors);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Cursor.decode(cursor);
            } catch (RuntimeException e) {
                errors.add(new FieldError("cursor", "is not a cursor this API returned"));
            }
        }
        TimelineQuery query = new TimelineQuery(typeList, channelList, fromTime, toTime, instant("asOf", asOf, errors),
                contact == null || contact.isBlank() ? null : contact, after, limit(limit, errors));
        if (after != null && after.filters() != query.filters()) {
            errors.add(new FieldError("cursor", "was issued for other filters: page with the filters it came with"));
        }
        return query;
    }

    static int limit(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /**
     * {@code asOf} as the database compares it: recording times are stored to the millisecond and PostgreSQL keeps
     * microseconds, so the instant is cut (never rounded up) to microseconds; an event recorded at exactly
     * {@code asOf} is included, one recorded a nanosecond later is not.
     */
    static java.sql.Timestamp recordedUpTo(Instant asOf) {
        return java.sql.Timestamp.from(asOf.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    static Instant instant(String name, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant value = Instant.parse(text.trim());
            if (value.isBefore(Shape.EARLIEST) || value.isAfter(Shape.LATEST)) {
                errors.add(new FieldError(name, "must be between " + Shape.EARLIEST + " and " + Shape.LATEST));
                return null;
            }
            return value;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "'" + text + "' is not an ISO-8601 instant such as 2026-03-02T09:15:00Z"));
            return null;
        }
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        if (text != null) {
            for (String v : text.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        }
        return values;
    }
}
