package io.servicebalance.timeline;

import java.math.BigDecimal;
import java.time.Instant;

/** What one event contributes to its customer's timeline, with the figures the KPIs are computed from. */
record TimelineRow(String customerId, Instant occurredAt, String type, String channel, String summary, String actor,
                   String contactId, String contactType, String tier, String manager, BigDecimal amount,
                   Integer score, Long waitSeconds, String currency, String name,
                   String email) {

    static TimelineRow of(String customerId, Instant at, String type, String summary) {
        return new TimelineRow(customerId, at, type, null, summary, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    TimelineRow contact(String channel, String contactId, String contactType) {
        return new TimelineRow(customerId, occurredAt, type, channel, summary, actor, contactId, contactType, tier,
                manager, amount, score, waitSeconds, currency, name, email);
    }

    TimelineRow actor(String by) {
        return new TimelineRow(customerId, occurredAt, type, channel, summary, by, contactId, contactType, tier,
                manager, amount, score, waitSeconds, currency, name, email);
    }

    TimelineRow figures(String newTier, String newManager, BigDecimal newAmount, Integer newScore, Long newWait) {
        return new TimelineRow(customerId, occurredAt, type, channel, summary, actor, contactId, contactType, newTier,
                newManager, newAmount, newScore, newWait, currency, name, email);
    }

    TimelineRow currency(String code) {
        return new TimelineRow(customerId, occurredAt, type, channel, summary, actor, contactId, contactType, tier,
                manager, amount, score, waitSeconds, code, name, email);
    }

    /** The customer's name and e-mail as this event set them, so that asOf profiles show what was known then. */
    TimelineRow person(String newName, String newEmail) {
        return new TimelineRow(customerId, occurredAt, type, channel, summary, actor, contactId, contactType, tier,
                manager, amount, score, waitSeconds, currency, newName, newEmail);
    }
}
