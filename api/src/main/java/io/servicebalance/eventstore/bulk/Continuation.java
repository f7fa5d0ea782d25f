package io.servicebalance.eventstore.bulk;

import io.servicebalance.rules.RuleViolation;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Decides what one aggregate's work appends, given what the store already holds of it. A history that starts with its
 * creating command runs on a fresh aggregate; when the store holds a prefix of the resulting events only the rest is
 * new, and when it holds them all (or more) nothing is. Otherwise, and for work that does not create, the stored
 * aggregate is loaded and handles the commands later than its last business time.
 */
final class Continuation {

    /** What became of one aggregate. */
    enum Kind { NEW, CONTINUED, UNCHANGED, REFUSED }

    record Appends(Kind kind, List<DomainEventMessage<?>> events) {
    }

    private Continuation() {
    }

    static Appends of(AggregateType<?> type, AggregateWork work, List<DomainEventMessage<?>> stored,
                      Consumer<CommandRefused> refused) {
        if (stored.isEmpty()) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            boolean ok = run(InMemoryAggregate.fresh(type), work.commands(), events, refused);
            return ok ? new Appends(Kind.NEW, events) : new Appends(Kind.REFUSED, List.of());
        }
        if (work.creates()) {
            List<DomainEventMessage<?>> whole = new ArrayList<>();
            if (!run(InMemoryAggregate.fresh(type), work.commands(), whole, refused)) {
                return new Appends(Kind.REFUSED, List.of());
            }
            int common = commonPrefix(stored, whole);
            if (common == stored.size()) {
                List<DomainEventMessage<?>> rest = whole.subList(common, whole.size());
                return new Appends(rest.isEmpty() ? Kind.UNCHANGED : Kind.CONTINUED, List.copyOf(rest));
            }
            if (common == whole.size()) {
                return new Appends(Kind.UNCHANGED, List.of());
            }
        }
        return afterStored(type, work, stored, refused);
    }

    private static Appends afterStored(AggregateType<?> type, AggregateWork work, List<DomainEventMessage<?>> stored,
                                       Consumer<CommandRefused> refused) {
        Instant last = BusinessTime.of(stored.get(stored.size() - 1).getPayload());
        List<SourcedCommand> later = work.commands().stream().filter(c -> c.at().isAfter(last)).toList();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        if (!run(InMemoryAggregate.continuing(type, stored), later, events, refused)) {
            return new Appends(Kind.REFUSED, List.of());
        }
        return new Appends(events.isEmpty() ? Kind.UNCHANGED : Kind.CONTINUED, events);
    }

    /** Runs every command, reporting each refusal; a refused command changes nothing and the next one still runs. */
    private static boolean run(InMemoryAggregate<?> aggregate, List<SourcedCommand> commands,
                               List<DomainEventMessage<?>> events, Consumer<CommandRefused> refused) {
        boolean ok = true;
        for (SourcedCommand c : commands) {
            try {
                events.addAll(aggregate.handle(c.command()));
            } catch (Exception e) {
                ok = false;
                refused.accept(refusal(c, e));
            }
        }
        return ok;
    }

    private static CommandRefused refusal(SourcedCommand c, Exception e) {
        Throwable cause = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
        String rule = cause instanceof RuleViolation v ? v.rule() : "invalid";
        return new CommandRefused(c.source(), rule, String.valueOf(cause.getMessage()));
    }

    private static int commonPrefix(List<DomainEventMessage<?>> stored, List<DomainEventMessage<?>> whole) {
        int n = Math.min(stored.size(), whole.size());
        for (int i = 0; i < n; i++) {
            if (!stored.get(i).getPayload().equals(whole.get(i).getPayload())) {
                return i;
            }
        }
        return n;
    }
}
