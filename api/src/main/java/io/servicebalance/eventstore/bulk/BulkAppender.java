package io.servicebalance.eventstore.bulk;

import io.servicebalance.eventstore.bulk.Continuation.Appends;
import io.servicebalance.eventstore.bulk.Continuation.Kind;
import io.servicebalance.customer.Customers;
import io.servicebalance.privacy.CustomerKeys;
import io.servicebalance.privacy.PersonalDataOwners;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import io.servicebalance.eventstore.UpcastEvents;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Appends the events of many aggregates' commands straight into Axon's event store, all or nothing. Each aggregate's
 * commands run through its own handlers in memory (fresh, or continuing what is stored) and the events they apply are
 * copied into {@code domain_event_entry} as they come, in one transaction that holds a lock keeping other appends out,
 * so global indexes are committed together and tracking processors see no gaps. If any command is refused, every
 * refusal is reported and the transaction is rolled back: nothing is written, and a crash leaves nothing either. Work
 * already stored is recognised and skipped, so running the same work again appends only what is new.
 */
@Component
public class BulkAppender {

    private static final String LOCK = "LOCK TABLE domain_event_entry IN SHARE ROW EXCLUSIVE MODE";
    /** Aggregates per chunk run on one core: large enough to keep the cores busy, small enough to stay in cache. */
    private static final int CHUNK = 1024;

    private final DataSource dataSource;
    private final Serializer serializer;
    private final Clock clock;
    private final UpcastEvents decoding;
    private final CustomerKeys keys;

    BulkAppender(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer, Clock clock,
                 UpcastEvents decoding, CustomerKeys keys) {
        this.keys = keys;
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.clock = clock;
        this.decoding = decoding;
    }

    /** The aggregates' models for one append: their handlers are given the clock and which customers exist. */
    private final class Models {
        private final Map<Class<?>, Object> resources;
        private final Map<Class<?>, AggregateType<?>> types = new ConcurrentHashMap<>();
        private final CustomerKeys keys;

        Models(Customers customers) {
            keys = BulkAppender.this.keys;
            resources = Map.of(Clock.class, clock, Customers.class, customers);
        }

        AggregateType<?> of(Class<?> type) {
            return types.computeIfAbsent(type, t -> AggregateType.of(t, resources));
        }
    }

    /**
     * Runs all the work and appends what is new, in one transaction.
     *
     * @param customers    which customers exist, for the contacts' rule that a contact is of a registered customer
     *                     (the work's own new customers included)
     * @param beforeCommit runs in the same transaction after the events are copied (for records that must commit with
     *                     them); may be null
     * @throws Refused when any command was refused; nothing was written
     */
    public BulkResult append(List<AggregateWork> work, Customers customers, Listener listener,
                             Consumer<Connection> beforeCommit) {
        Models models = new Models(customers);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<DomainEventMessage<?>>> stored = new StoredEvents(decoding).of(connection,
                    work.stream().map(AggregateWork::id).toList());
            listener.started(work.size());
            connection.setAutoCommit(false);
            try {
                Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
                long appended = copy(connection, models, work, stored, kinds, listener);
                if (beforeCommit != null) {
                    beforeCommit.accept(connection);
                }
                connection.commit();
                return new BulkResult(work.size(), kinds.getOrDefault(Kind.NEW, 0),
                        kinds.getOrDefault(Kind.CONTINUED, 0), kinds.getOrDefault(Kind.UNCHANGED, 0), appended,
                        (System.nanoTime() - started) / 1e9);
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the bulk append failed: " + e.getMessage(), e);
        }
    }

    /** Runs all the work in memory and returns every refusal; writes nothing. */
    public List<CommandRefused> refusals(List<AggregateWork> work, Customers customers) {
        Models models = new Models(customers);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<DomainEventMessage<?>>> stored = new StoredEvents(decoding).of(connection,
                    work.stream().map(AggregateWork::id).toList());
            List<CommandRefused> refused = new ArrayList<>();
            for (AggregateWork w : work) {
                appends(models, w, stored, refused::add);
            }
            return refused;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stored aggregates failed: " + e.getMessage(), e);
        }
    }

    /** What one chunk of the work came to: its aggregates' kinds, refusals, and its new events as copy rows. */
    private record Chunk(int aggregates, Map<Kind, Integer> kinds, List<CommandRefused> refused, byte[] rows,
                         long events) {
    }

    private long copy(Connection connection, Models models, List<AggregateWork> work,
                      Map<String, List<DomainEventMessage<?>>> stored, Map<Kind, Integer> kinds, Listener listener)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(LOCK);
        }
        OrderedIds ids = new OrderedIds();
        var texts = EventRows.sharedTexts();
        ThreadLocal<EventRows> encoders = ThreadLocal.withInitial(() -> new EventRows(serializer, ids, texts));
        AtomicBoolean anyRefused = new AtomicBoolean();
        List<CommandRefused> refused = new ArrayList<>();
        long[] appended = {0};
        int[] done = {0};
        try (EventCopy copy = new EventCopy(connection); Chunks<AggregateWork, Chunk> chunks = new Chunks<>(CHUNK)) {
            chunks.run(work, part -> run(models, part, stored, encoders.get(), anyRefused), chunk -> {
                chunk.kinds().forEach((kind, n) -> kinds.merge(kind, n, Integer::sum));
                refused.addAll(chunk.refused());
                if (refused.isEmpty()) {
                    copy.write(chunk.rows(), chunk.events());
                    appended[0] += chunk.events();
                }
                done[0] += chunk.aggregates();
                listener.progressed(done[0]);
            });
            if (!refused.isEmpty()) {
                throw new Refused(refused);
            }
            copy.finish();
        }
        return appended[0];
    }

    /** Runs one chunk of the work in memory and encodes its events, unless some work was refused already. */
    private static Chunk run(Models models, List<AggregateWork> part, Map<String, List<DomainEventMessage<?>>> stored,
                             EventRows encoder, AtomicBoolean anyRefused) {
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        List<CommandRefused> refused = new ArrayList<>();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (AggregateWork w : part) {
            Appends a = appends(models, w, stored, refused::add);
            kinds.merge(a.kind(), 1, Integer::sum);
            events.addAll(a.events());
        }
        if (!refused.isEmpty()) {
            anyRefused.set(true);
        }
        if (!refused.isEmpty() || anyRefused.get()) {
            return new Chunk(part.size(), kinds, refused, new byte[0], 0);
        }
        models.keys.prepareForWriting(PersonalDataOwners.of(events.stream().map(DomainEventMessage::getPayload).toList()));
        events.forEach(encoder::add);
        return new Chunk(part.size(), kinds, refused, encoder.take(), events.size());
    }

    private static Appends appends(Models models, AggregateWork w, Map<String, List<DomainEventMessage<?>>> stored,
                            Consumer<CommandRefused> refused) {
        List<DomainEventMessage<?>> before = stored.getOrDefault(w.id(), List.of());
        if (!before.isEmpty() && !before.get(0).getType().equals(w.type().getSimpleName())) {
            refused.accept(new CommandRefused(w.commands().get(0).source(), "id-taken", "the id '" + w.id()
                    + "' already belongs to a " + before.get(0).getType() + ", not a " + w.type().getSimpleName()));
            return new Appends(Kind.REFUSED, List.of());
        }
        return Continuation.of(models.of(w.type()), w, before, refused);
    }

    /** Hears how far an append has come. */
    public interface Listener {
        /** The stored aggregates are read; {@code aggregates} are about to run. */
        default void started(long aggregates) {
        }

        /** {@code aggregates} have run and their events are copied. */
        default void progressed(long aggregates) {
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
