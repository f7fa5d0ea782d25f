package io.servicebalance.timeline;

import io.servicebalance.deadletter.DeadLetters;
import io.servicebalance.eventstore.UpcastEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import io.servicebalance.work.WorkClaims;
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
 * <p>
 * One rebuild at a time over all nodes: the node that starts it holds a work claim (kind {@value #KIND}) and keeps
 * its state and progress in {@code read_model_rebuild}, which every node reads. When that node dies, the node that
 * notices (one lease later) drops the half-built generation and runs the rebuild again.
 */
@Service
class TimelineRebuild implements DisposableBean {

    static final int CHUNK = 5_000;
    /** The kind of a rebuild's claim in {@code work_claim}. */
    static final String KIND = "rebuild";
    private static final Logger LOG = LoggerFactory.getLogger(TimelineRebuild.class);

    /**
     * Progress of the latest rebuild; {@code deadLettered} events went to the processor's dead-letter queue;
     * {@code node} runs (or ran) it.
     */
    record Status(String state, Integer generation, long processed, long total, double eventsPerSecond,
                  Instant startedAt, Instant finishedAt, String error, long deadLettered, String node) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TimelineWriter writer;
    private final Generations generations;
    private final DeadLetters deadLetters;
    private final UpcastEvents decoding;
    private final WorkClaims claims;
    private final TransactionTemplate savepoint;
    private final AtomicLong deadLettered = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private volatile boolean stopping;

    TimelineRebuild(JdbcTemplate jdbc, PlatformTransactionManager transactions, TimelineWriter writer,
                    Generations generations, DeadLetters deadLetters, UpcastEvents decoding, WorkClaims claims) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.writer = writer;
        this.generations = generations;
        this.deadLetters = deadLetters;
        this.decoding = decoding;
        this.claims = claims;
        claims.onAbandoned(KIND, this::takeOver);
    }

    /** A dead node's rebuild: its half-built generation is dropped and the rebuild runs again here. */
    private void takeOver(String workId) {
        generations.abandon().ifPresent(g -> LOG.warn("the rebuild of {} (generation {}) was left by a node that"
                + " stopped; {} drops it and rebuilds again", Generations.NAME, g, claims.node()));
        if (!stopping) {
            worker.submit(() -> start().orElse(null));
        }
    }

    /** The latest rebuild, as every node sees it. */
    Status status() {
        return jdbc.query("SELECT state, generation, processed, total, events_per_second, started_at, finished_at,"
                + " error, dead_lettered, node FROM read_model_rebuild WHERE name = ?", (rs, n) -> new Status(
                rs.getString(1), (Integer) rs.getObject(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
                instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8), rs.getLong(9),
                rs.getString(10)), Generations.NAME).stream().findFirst()
                .orElse(new Status("IDLE", null, 0, 0, 0, null, null, null, 0, null));
    }

    private static Instant instant(java.sql.Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Starts a rebuild on this node; empty when one is already running (on any node). */
    Optional<Status> start() {
        String work = Generations.NAME + "/" + java.util.UUID.randomUUID();
        Optional<Integer> building = transactions.execute(tx -> {
            Optional<Integer> g = generations.startBuilding();
            g.ifPresent(generation -> {
                claims.claimNew(KIND, work);
                Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry",
                        Long.class);
                save(new Status("RUNNING", generation, 0, head, 0, Instant.now(), null, null, 0, claims.node()));
            });
            return g;
        });
        building.ifPresent(g -> worker.submit(() -> run(g, work)));
        return building.map(g -> status());
    }

    private void save(Status s) {
        jdbc.update("INSERT INTO read_model_rebuild (name, state, generation, processed, total, events_per_second,"
                + " started_at, finished_at, error, dead_lettered, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON"
                + " CONFLICT (name) DO UPDATE SET state = excluded.state, generation = excluded.generation, processed"
                + " = excluded.processed, total = excluded.total, events_per_second = excluded.events_per_second,"
                + " started_at = excluded.started_at, finished_at = excluded.finished_at, error = excluded.error,"
                + " dead_lettered = excluded.dead_lettered, node = excluded.node", Generations.NAME, s.state(),
                s.generation(), s.processed(), s.total(), s.eventsPerSecond(), timestamp(s.startedAt()),
                timestamp(s.finishedAt()), s.error(), s.deadLettered(), s.node());
    }

    private static java.sql.Timestamp timestamp(Instant at) {
        return at == null ? null : java.sql.Timestamp.from(at);
    }

    private void run(int generation, String work) {
        long started = System.nanoTime();
        Status first = status();
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
                if (stopping || !claims.owns(KIND, work)) {
                    LOG.warn("the rebuild of {} on {} stops: the node is stopping or lost its claim", Generations.NAME,
                            claims.node());
                    return;
                }
                applyChunk(generation, rows);
                last = rows.get(rows.size() - 1).position();
                processed += rows.size();
                double seconds = (System.nanoTime() - started) / 1e9;
                save(new Status("RUNNING", generation, processed, Math.max(first.total(), last),
                        processed / Math.max(seconds, 1e-9), first.startedAt(), null, null, deadLettered.get(),
                        claims.node()));
            }
            double rate = processed / Math.max((System.nanoTime() - started) / 1e9, 1e-9);
            Status done = new Status("DONE", generation, processed, processed, rate, first.startedAt(),
                    Instant.now(), null, deadLettered.get(), claims.node());
            transactions.executeWithoutResult(tx -> {
                generations.switchTo(generation);
                save(done);
            });
            LOG.info("read model {} rebuilt as generation {}: {} events, {} dead-lettered", Generations.NAME,
                    generation, processed, deadLettered.get());
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            generations.abandon();
            save(new Status("FAILED", generation, processed, first.total(), 0, first.startedAt(), Instant.now(),
                    e.getMessage(), deadLettered.get(), claims.node()));
            LOG.error("read model rebuild failed", e);
        }
        claims.release(KIND, work);
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

    /** A stopping node writes nothing more: its rebuild is taken over one lease later, as if it had been killed. */
    @Override
    public void destroy() {
        stopping = true;
        worker.shutdownNow();
    }
}
