package io.servicebalance.eventstore.bulk;

import java.util.List;

/**
 * Every command for one aggregate, in the order to handle them. When {@code creates} is true the first command creates
 * the aggregate, so the whole list describes its history from the start; otherwise the commands continue a stored one.
 */
public record AggregateWork(Class<?> type, String id, boolean creates, List<SourcedCommand> commands) {

    public AggregateWork {
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("an aggregate's work needs at least one command");
        }
    }
}
