package io.servicebalance.contact;

import io.servicebalance.customer.CustomerId;
import io.servicebalance.rules.BusinessTime;
import io.servicebalance.rules.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a {@link Contact} knows about its case: whose it is, where it came in, where it stands and when it last moved.
 * A value: every change returns a new case file.
 */
record CaseFile(CustomerId customerId, Channel channel, ContactType type, CaseStatus status, Instant receivedAt,
                Instant lastOccurredAt, boolean ratedSinceResolution) {

    static CaseFile opened(CustomerId customerId, Channel channel, ContactType type, Instant at) {
        return new CaseFile(customerId, channel, type, CaseStatus.WAITING, at, at, false);
    }

    CaseFile movedTo(CaseStatus next, Instant at) {
        return new CaseFile(customerId, channel, type, next, receivedAt, at, next != CaseStatus.RESOLVED
                && ratedSinceResolution);
    }

    CaseFile touched(Instant at) {
        return new CaseFile(customerId, channel, type, status, receivedAt, at, ratedSinceResolution);
    }

    CaseFile rated(Instant at) {
        return new CaseFile(customerId, channel, type, status, receivedAt, at, true);
    }

    /**
     * The business time of the next change, once the case is in one of the {@code allowed} states.
     *
     * @param verb what the change does to the contact ("answered"), for the messages
     */
    Instant next(Instant given, Clock clock, String verb, CaseStatus... allowed) {
        Instant at = BusinessTime.of(given, clock, lastOccurredAt, "The contact being " + verb);
        for (CaseStatus s : allowed) {
            if (s == status) {
                return at;
            }
        }
        throw RuleViolation.conflict("contact-" + status.name().toLowerCase().replace('_', '-'),
                "A contact that is " + status.name().toLowerCase().replace('_', ' ') + " cannot be " + verb);
    }

    long waitSeconds(Instant at) {
        return Duration.between(receivedAt, at).toSeconds();
    }
}
