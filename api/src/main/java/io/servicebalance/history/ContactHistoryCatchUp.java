package io.servicebalance.history;

import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.simulation.SimulationException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes sure a plan reads a complete window: when the contact history lags behind the event store, it says so, runs
 * the processor in this process if it is not running here (another node may hold its segments instead), and waits
 * for the read model to reach the head the store had when the plan started, up to a limit; then it refuses.
 */
@Component
public class ContactHistoryCatchUp {

    private static final long POLL_MILLIS = 200;

    private final ContactHistoryLag lag;
    private final EventProcessingConfiguration processing;
    private final ContactHistoryProperties properties;

    ContactHistoryCatchUp(ContactHistoryLag lag, EventProcessingConfiguration processing,
                          ContactHistoryProperties properties) {
        this.lag = lag;
        this.processing = processing;
        this.properties = properties;
    }

    /** Told what the wait is about: once when it starts lagging, then at each poll. */
    public interface Listener {
        /** A listener that says nothing (tests, and plans whose caller shows no progress). */
        Listener SILENT = new Listener() {
            @Override
            public void waiting(Lag lag, Duration limit) {
            }

            @Override
            public void progress(Lag lag) {
            }
        };

        void waiting(Lag lag, Duration limit);

        void progress(Lag lag);
    }

    /** Whether the read model lacks events the store holds now. */
    public boolean lagging() {
        return !lag.now().caughtUp();
    }

    /** Waits up to the configured limit. */
    public Lag await(Listener listener) {
        return await(properties.catchUpTimeout(), listener);
    }

    /**
     * Returns once every event stored when called is in the read model.
     *
     * @throws HistoryBehind when it is not after {@code limit}
     */
    public Lag await(Duration limit, Listener listener) {
        Lag first = lag.now();
        if (first.caughtUp()) {
            return first;
        }
        listener.waiting(first, limit);
        processing.eventProcessor(ContactHistoryProjection.NAME).filter(p -> !p.isRunning())
                .ifPresent(EventProcessor::start);
        long deadline = System.nanoTime() + limit.toNanos();
        Lag current = first;
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            current = lag.against(first.head());
            listener.progress(current);
            if (current.caughtUp()) {
                return current;
            }
        }
        throw new HistoryBehind(current, limit);
    }

    /** The read model did not catch up in time: planning on it would silently miss contacts. */
    public static final class HistoryBehind extends SimulationException {
        HistoryBehind(Lag lag, Duration limit) {
            super(List.of("the contact history read model is " + lag.behind() + " events behind the event store"
                    + " (" + lag.position() + ") and did not"
                    + " catch up within " + limit.toSeconds() + " s; no plan was made on a partial history. Run"
                    + " it again when the server has caught up, or allow a longer wait"
                    + " (servicebalance.contact-history.catch-up-timeout)"));
        }
    }
}
