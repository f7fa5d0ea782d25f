package io.servicebalance.history;

import io.servicebalance.contact.Contact;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.customer.Customer;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.eventstore.bulk.AggregateWork;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.eventstore.bulk.BulkResult;
import io.servicebalance.eventstore.bulk.SourcedCommand;
import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.ScheduledCommand;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.customer.Customers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a generated history on the import's fast path: each aggregate's commands run through its own handlers in
 * memory, so every event passes the aggregates' rules, and the events are appended by the {@link BulkAppender} in one
 * transaction together with the record of the seeding. All or nothing: a crash or a refused command leaves the store
 * as it was.
 */
@Component
public class HistorySeeder {

    private final BulkAppender appender;
    private final SeededHistories seeded;
    private final Customers storedCustomers;

    HistorySeeder(BulkAppender appender, SeededHistories seeded, Customers stored) {
        this.appender = appender;
        this.seeded = seeded;
        this.storedCustomers = stored;
    }

    /**
     * Appends the history and records the seeding, in one transaction.
     *
     * @throws HistoryExists when the store holds events and {@code append} is false; nothing is written then
     * @throws SeedingFailed when the domain refuses a generated command; nothing is written then
     */
    public BulkResult seed(SeedSettings settings, HistoryScript script, boolean append, BulkAppender.Listener listener) {
        long stored = seeded.storedEvents();
        if (stored > 0 && !append) {
            throw new HistoryExists(stored);
        }
        List<AggregateWork> work = work(script);
        Set<String> registered = new HashSet<>();
        work.stream().filter(w -> w.type() == Customer.class && w.creates()).forEach(w -> registered.add(w.id()));
        Customers customers = id -> registered.contains(id.value()) || storedCustomers.registered(id);
        try {
            return appender.append(work, customers, listener,
                    connection -> seeded.record(connection, settings, script.staffing()));
        } catch (BulkAppender.Refused refused) {
            throw new SeedingFailed(refused.refusals().get(0).source(), refused.refusals().get(0).message());
        }
    }

    /** Each aggregate's commands, in the order the script sends them; customers before contacts. */
    static List<AggregateWork> work(HistoryScript script) {
        Map<String, List<SourcedCommand>> byAggregate = new LinkedHashMap<>();
        for (ScheduledCommand c : script.commands()) {
            byAggregate.computeIfAbsent(c.aggregateId(), k -> new ArrayList<>())
                    .add(new SourcedCommand(c.command(), c.at(), c));
        }
        List<AggregateWork> work = new ArrayList<>(byAggregate.size());
        byAggregate.forEach((id, commands) -> {
            Object first = commands.get(0).command();
            Class<?> type = first.getClass().getEnclosingClass().getSimpleName().startsWith("Customer")
                    ? Customer.class : Contact.class;
            boolean creates = first instanceof RegisterCustomer || first instanceof ReceiveContact;
            work.add(new AggregateWork(type, id, creates, commands));
        });
        work.sort(java.util.Comparator.comparing(w -> w.type() == Customer.class ? 0 : 1));
        return work;
    }

    /** The store already holds a history and the caller did not ask to add to it. */
    public static final class HistoryExists extends RuntimeException {
        public HistoryExists(long events) {
            super("the database already holds a history (" + events + " events); use --append to add to it, or an"
                    + " empty database", null, false, false);
        }
    }

    /** A generated command the domain refused: a bug in the generator or a clash with existing history. */
    public static final class SeedingFailed extends RuntimeException {
        SeedingFailed(Object command, String reason) {
            super("the domain refused " + describe(command) + ": " + reason, null, false, false);
        }

        private static String describe(Object source) {
            return source instanceof ScheduledCommand c ? c.command().getClass().getSimpleName() + " for "
                    + c.aggregateId() + " at " + c.at() : String.valueOf(source);
        }
    }
}
