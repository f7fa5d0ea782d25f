package io.servicebalance.eventstore.bulk;

import io.servicebalance.eventstore.bulk.Continuation.Appends;
import io.servicebalance.eventstore.bulk.Continuation.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Appends the events of many aggregates' commands straight into Axon's event store. First every aggregate's commands
 * run through its own handlers in memory (fresh, or continuing what is stored); if any command is refused nothing is
 * written and every refusal is reported. Then the same work runs again and its events are copied into
 * {@code domain_event_entry} in transactions of about {@value #CHUNK_EVENTS} events, each holding a lock that keeps
 * other appends out, so that global indexes are committed in order and tracking processors see no gaps. Work already
 * stored is recognised and skipped, so running the same work again after a crash completes it, every event once.
 */
@Component
public class BulkAppender {

    static final int CHUNK_EVENTS = 50_000;
    private static final String LOCK = "LOCK TABLE domain_event_entry IN SHARE ROW EXCLUSIVE MODE";

    private final DataSource dataSource;
    private final Serializer serializer;
    private final Map<Class<?>, AggregateType<?>> types = new ConcurrentHashMap<>();

    BulkAppender(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /**
     * Checks all the work, then appends what is new.
     *
     * @param listener told the events to append once checked, then after every committed chunk
     * @throws Refused when any command was refused; nothing was written
     */
    public BulkResult append(List<AggregateWork> work, Listener listener) {
        long started = System.nanoTime();
        try {
            Map<String, List<DomainEventMessage<?>>> stored = stored(work);
            Checked checked = check(work, stored);
            listener.checked(checked.events());
            long appended = checked.events() == 0 ? 0 : write(work, stored, listener);
            return new BulkResult(work.size(), checked.count(Kind.NEW), checked.count(Kind.CONTINUED),
                    checked.count(Kind.UNCHANGED), appended, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("the bulk append failed: " + e.getMessage(), e);
        }
    }

    /** Runs all the work in memory and returns every refusal; writes nothing. */
    public List<CommandRefused> refusals(List<AggregateWork> work) {
        try {
            check(work, stored(work));
            return List.of();
        } catch (Refused refused) {
            return refused.refusals();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored aggregates failed: " + e.getMessage(), e);
        }
    }

    private Map<String, List<DomainEventMessage<?>>> stored(List<AggregateWork> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new StoredEvents(serializer).of(connection, work.stream().map(AggregateWork::id).toList());
        }
    }

    private record Checked(Map<Kind, Integer> kinds, long events) {
        int count(Kind kind) {
            return kinds.getOrDefault(kind, 0);
        }
    }

    private Checked check(List<AggregateWork> work, Map<String, List<DomainEventMessage<?>>> stored) {
        List<CommandRefused> refused = Collections.synchronizedList(new ArrayList<>());
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        long[] events = new long[1];
        work.parallelStream().map(w -> sameType(w, stored.get(w.id()), refused::add)
                ? Continuation.of(type(w), w, stored.getOrDefault(w.id(), List.of()), refused::add)
                : new Appends(Kind.REFUSED, List.of())).sequential().forEach(a -> {
            kinds.merge(a.kind(), 1, Integer::sum);
            events[0] += a.events().size();
        });
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        return new Checked(kinds, events[0]);
    }

    private long write(List<AggregateWork> work, Map<String, List<DomainEventMessage<?>>> stored, Listener listener)
            throws SQLException {
        long appended = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int next = 0;
            while (next < work.size()) {
                lock(connection);
                long inChunk = 0;
                try (EventCopy copy = new EventCopy(connection, serializer)) {
                    while (next < work.size() && inChunk < CHUNK_EVENTS) {
                        AggregateWork w = work.get(next++);
                        Appends a = Continuation.of(type(w), w, stored.getOrDefault(w.id(), List.of()), r -> {
                            throw new IllegalStateException("a checked command was refused the second time: " + r);
                        });
                        for (DomainEventMessage<?> e : a.events()) {
                            copy.add(e);
                        }
                        inChunk += a.events().size();
                    }
                    copy.finish();
                }
                connection.commit();
                appended += inChunk;
                listener.committed(appended);
            }
        }
        return appended;
    }

    private static void lock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(LOCK);
        }
    }

    private static boolean sameType(AggregateWork w, List<DomainEventMessage<?>> stored,
                                    Consumer<CommandRefused> refused) {
        if (stored != null && !stored.isEmpty() && !stored.get(0).getType().equals(w.type().getSimpleName())) {
            refused.accept(new CommandRefused(w.commands().get(0).source(), "id-taken", "the id '" + w.id()
                    + "' already belongs to a " + stored.get(0).getType() + ", not a " + w.type().getSimpleName()));
            return false;
        }
        return true;
    }

    private AggregateType<?> type(AggregateWork w) {
        return types.computeIfAbsent(w.type(), AggregateType::of);
    }

    /** Hears how far an append has come. */
    public interface Listener {
        /** Every command was accepted; {@code events} will be appended. */
        default void checked(long events) {
        }

        /** A chunk was committed; {@code events} are now stored in all. */
        default void committed(long events) {
        }
    }

    /** Commands the aggregates refused; nothing was written. */
    public static final class Refused extends RuntimeException {
        private final transient List<CommandRefused> refusals;

        Refused(List<CommandRefused> refusals) {
            super(refusals.size() + " commands refused", null, false, false);
            this.refusals = List.copyOf(refusals);
        }

        public List<CommandRefused> refusals() {
            return refusals;
        }
    }
}
