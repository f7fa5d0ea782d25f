package io.servicebalance.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of a customer's timeline as the API shows it.
 *
 * @param occurredAt business time
 * @param recordedAt when the event was stored
 * @param link       the case (contact) the entry belongs to, as an API path, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(Instant occurredAt, Instant recordedAt, String type, String channel, String summary,
                     String actor, String contactId, String link) {

    static TimelineEntry of(TimelineRow row, Instant recordedAt) {
        return new TimelineEntry(row.occurredAt(), recordedAt, row.type(), row.channel(), row.summary(), row.actor(),
                row.contactId(), row.contactId() == null ? null : "/api/contacts/" + row.contactId());
    }
}
