package io.servicebalance.eventstore.bulk;

/**
 * What a bulk append did: aggregates touched, of which new, continued and already stored (unchanged), events appended
 * and the whole run's seconds.
 */
public record BulkResult(int aggregates, int created, int continued, int unchanged, long eventsAppended,
                         double seconds) {

    public double eventsPerSecond() {
        return seconds <= 0 ? 0 : eventsAppended / seconds;
    }
}
