package io.servicebalance.simulation.web;

import java.time.Duration;

/** The simulation queue holds as many waiting runs as it may; the client should come back after {@code retryAfter}. */
final class QueueFull extends RuntimeException {

    private final int capacity;
    private final Duration retryAfter;

    QueueFull(int capacity, Duration retryAfter) {
        super("the simulation queue is full (" + capacity + " waiting runs, servicebalance.planning.queue-capacity);"
                + " try again in " + retryAfter.toSeconds() + " s", null, false, false);
        this.capacity = capacity;
        this.retryAfter = retryAfter;
    }

    int capacity() {
        return capacity;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
