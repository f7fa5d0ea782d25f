package io.servicebalance.timeline;

import io.servicebalance.deadletter.DeadLetters;
import io.servicebalance.eventstore.UpcastEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the customer read model without downtime: a new generation is filled beside the active one from the event
 * store (in global order, {@value #CHUNK} events per transaction) while live processing writes both, and reads
 * switch to it once it has caught up with the store. An event the read model cannot take goes to the processor's
 * dead-letter queue (as live processing would send it) and the rebuild carries on.
 */
@Service
class TimelineRebuild implements DisposableBean {

    static final int CHUNK = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(TimelineRebuild.class);

    /** Progress of the latest rebuild; {@code deadLettered} events went to the processor's dead-letter queue. */
    record Status(String state, Integer generation, long processed, long total, double eventsPerSecond,
                  Instant startedAt, Instant finishedAt, String error, long deadLettered) {

        Status(String state, Integer generation, long processed, long total, double eventsPerSecond,
               Instant startedAt, Instant finishedAt, String error) {
            this(state, generation, processed, total, eventsPerSecond, startedAt, finishedAt, error, 0);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TimelineWriter writer;
    private final Generations generations;
    private final DeadLetters deadLetters;
    private final UpcastEvents decoding;
    private final TransactionTemplate savepoint;
    private final AtomicLong deadLettered = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private volatile Status status = new Status("IDLE", null, 0, 0, 0, null, null, null);

    TimelineRebuild(JdbcTemplate jdbc, PlatformTransactionManager transactions, TimelineWriter writer,
                    Generations generations, DeadLetters deadLetters, UpcastEvents decoding) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.writer = writer;
        this.generations = generations;
        this.deadLetters = deadLetters;
        this.decoding = decoding;
    }

    /**
     * A rebuild a stopped server left half done can never finish: its generation is dropped when the application
     * starts, and the rebuild can be requested again.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void dropInterruptedRebuild() {
        generations.abandon().ifPresent(g -> {
            LOG.warn("a rebuild of {} (generation {}) was interrupted by a stop and is dropped; request it again",
                    Generations.NAME, g);
            status = new Status("INTERRUPTED", g, 0, 0, 0, null, Instant.now(),
                    "interrupted by a stop of the server; request the rebuild again");
        });
    }

    Status status() {
        return status;
    }

    /** Starts a rebuild; empty when one is already running. */
    Optional<Status> start() {
        Optional<Integer> building = generations.startBuilding();
        building.ifPresent(g -> {
            Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                    Long.class);
            status = new Status("RUNNING", g, 0, head, 0, Instant.now(), null, null);
            worker.submit(() -> run(g));
        });
        return building.map(g -> status);
    }

    private void run(int generation) {
        long started = System.nanoTime();
        long last = -1;
        long processed = 0;
        deadLettered.set(0);
        try {
            while (true) {
                List<StoredEvent> rows = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry"
                        + " WHERE global_index > ? ORDER BY global_index LIMIT ?", StoredEvent.MAPPER, last, CHUNK);
                if (rows.isEmpty()) {
                    break;
                }
                applyChunk(generation, rows);
                last = rows.get(rows.size() - 1).position();
                processed += rows.size();
                double seconds = (System.nanoTime() - started) / 1e9;
                status = new Status("RUNNING", generation, processed, Math.max(status.total(), last),
                        processed / Math.max(seconds, 1e-9), status.startedAt(), null, null, deadLettered.get());
            }
            generations.switchTo(generation);
            status = new Status("DONE", generation, processed, processed, status.eventsPerSecond(),
                    status.startedAt(), Instant.now(), null, deadLettered.get());
            LOG.info("read model {} rebuilt as generation {}: {} events, {} dead-lettered", Generations.NAME,
                    generation, processed, deadLettered.get());
        } catch (RuntimeException e) {
            generations.abandon();
            status = new Status("FAILED", generation, processed, status.total(), status.eventsPerSecond(),
                    status.startedAt(), Instant.now(), e.getMessage(), deadLettered.get());
            LOG.error("read model rebuild failed", e);
        }
    }

    /**
     * Applies a chunk in one transaction; if the database refuses one of its events, applies it again event by event
     * under savepoints, and hands each refused event to the processor's dead-letter queue instead of failing. The
     * rows are decoded as Axon's event store decodes them: upcast to the current revisions, then deserialized.
     */
    private void applyChunk(int generation, List<StoredEvent> rows) {
        List<TrackedEventMessage<?>> events = decoding.tracked(rows.stream().map(StoredEvent::data).toList());
        try {
            transactions.executeWithoutResult(tx -> events.forEach(e -> apply(generation, e)));
        } catch (RuntimeException chunkFailed) {
            transactions.executeWithoutResult(tx -> events.forEach(e -> {
                try {
                    savepoint.executeWithoutResult(s -> apply(generation, e));
                } catch (RuntimeException failed) {
                    deadLetters.deadLetter(Generations.NAME, e, failed);
                    deadLettered.incrementAndGet();
                }
            }));
        }
    }

    private void apply(int generation, TrackedEventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable stored event " + event.getIdentifier(), e);
        }
        writer.write(generation, event.getIdentifier(), event.trackingToken().position().orElse(-1),
                event.getTimestamp(), payload);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
