package io.servicebalance.simulation.history;

import java.time.Instant;

/** A domain command to send at business time {@code at} to the aggregate {@code aggregateId}. */
public record ScheduledCommand(Instant at, String aggregateId, Object command) {
}
