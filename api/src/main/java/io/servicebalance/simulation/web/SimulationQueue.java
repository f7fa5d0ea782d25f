package io.servicebalance.simulation.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This process's simulations: one runs at a time on its own thread, at most {@code queue-capacity} wait behind it.
 * A waiting run that is cancelled leaves the queue at once; a running one is told through its {@link Ticket}.
 */
@Component
class SimulationQueue implements DisposableBean {

    /** A queued or running simulation of this process. */
    static final class Ticket {

        private final UUID id;
        private volatile boolean started;
        private volatile boolean cancelled;

        Ticket(UUID id) {
            this.id = id;
        }

        UUID id() {
            return id;
        }

        boolean cancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }
    }

    private final int capacity;
    private final Map<UUID, Ticket> tickets = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulations");
        t.setDaemon(true);
        return t;
    });

    SimulationQueue(PlanningProperties properties) {
        this.capacity = properties.queueCapacityOrDefault();
    }

    /**
     * Queues {@code work} unless the queue is full; {@code admitted} runs first, under the queue's lock (to store the
     * run), so concurrent submissions never overfill it.
     *
     * @return false when the queue is full; nothing ran then
     */
    synchronized boolean offer(UUID id, Runnable admitted, Consumer<Ticket> work) {
        if (waiting() >= capacity) {
            return false;
        }
        admitted.run();
        Ticket ticket = new Ticket(id);
        tickets.put(id, ticket);
        worker.submit(() -> {
            if (!start(ticket)) {
                return;
            }
            try {
                work.accept(ticket);
            } finally {
                tickets.remove(id);
            }
        });
        return true;
    }

    /** Tells a queued or running simulation of this process to stop; false when this process does not hold it. */
    synchronized boolean cancel(UUID id) {
        Ticket ticket = tickets.get(id);
        if (ticket == null) {
            return false;
        }
        ticket.cancel();
        if (!ticket.started) {
            tickets.remove(id);
        }
        return true;
    }

    /** Runs waiting behind the running one. */
    synchronized long waiting() {
        return tickets.values().stream().filter(t -> !t.started).count();
    }

    private synchronized boolean start(Ticket ticket) {
        if (ticket.cancelled) {
            return false;
        }
        ticket.started = true;
        return true;
    }

    @Override
    public void destroy() {
        tickets.values().forEach(Ticket::cancel);
        worker.shutdownNow();
    }
}
