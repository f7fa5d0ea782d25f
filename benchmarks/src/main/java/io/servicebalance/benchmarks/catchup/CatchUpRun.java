package io.servicebalance.benchmarks.catchup;

import io.servicebalance.benchmarks.CpuClock;
import io.servicebalance.history.ContactHistoryLag;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times one event processor catching up from its first event to the head of the store: starts it, polls its tokens
 * (as a plan's wait does) until every stored event is in, stops it. Wall time beside the CPU time of this JVM and of
 * the embedded PostgreSQL over the same span.
 */
final class CatchUpRun {

    private static final long POLL_MILLIS = 50;

    private final EventProcessingConfiguration processing;
    private final ContactHistoryLag lag;
    private final JdbcTemplate jdbc;
    private final CpuClock database;

    CatchUpRun(EventProcessingConfiguration processing, ContactHistoryLag lag, JdbcTemplate jdbc) {
        this.processing = processing;
        this.lag = lag;
        this.jdbc = jdbc;
        this.database = new CpuClock(jdbc);
    }

    /** What one catch-up took. */
    record Measured(String processor, long events, double wall, double jvm, double postgres) {

        @Override
        public String toString() {
            double cpu = jvm + postgres;
            return String.format(Locale.ROOT, "%s: %,d events in %.1f s wall: %,.0f events/s wall; CPU %.1f s"
                    + " (this JVM %.1f s + PostgreSQL %.1f s): %,.0f events per CPU-second", processor, events, wall,
                    events / wall, cpu, jvm, postgres, events / cpu);
        }
    }

    /** Empties the processor's read model (its reset) so that the next run starts from the first event again. */
    void reset(String processor, String... tables) {
        StreamingEventProcessor p = processor(processor);
        p.shutDown();
        p.resetTokens();
        if (tables.length > 0) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
        }
    }

    Measured catchUp(String processor, Duration limit) {
        StreamingEventProcessor p = processor(processor);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long wall = System.nanoTime();
        double jvm = CpuClock.jvm();
        double postgres = database.server();
        p.start();
        long deadline = wall + limit.toNanos();
        while (!lag.now(processor).caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(processor + " did not catch up within " + limit);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        double jvmUsed = CpuClock.jvm() - jvm;
        double postgresUsed = database.server() - postgres;
        p.shutDown();
        return new Measured(processor, events, seconds, jvmUsed, postgresUsed);
    }

    private StreamingEventProcessor processor(String name) {
        EventProcessor p = processing.eventProcessor(name)
                .orElseThrow(() -> new IllegalArgumentException("no event processor " + name));
        return (StreamingEventProcessor) p;
    }
}
