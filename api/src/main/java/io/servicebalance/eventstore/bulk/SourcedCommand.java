package io.servicebalance.eventstore.bulk;

import java.time.Instant;

/**
 * A command for one aggregate, its business time, and where it came from ({@code source} is the caller's, handed back
 * in a {@link CommandRefused} when the aggregate refuses the command).
 */
public record SourcedCommand(Object command, Instant at, Object source) {
}
