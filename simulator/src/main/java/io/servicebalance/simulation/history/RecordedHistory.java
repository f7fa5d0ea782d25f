package io.servicebalance.simulation.history;

import io.servicebalance.simulation.trace.Trace;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The recorded history of a window as the planner replays it: a trace of its contacts (patience exact for abandoned
 * contacts, "at least the wait" for answered ones, unknown for contacts never answered) and the facts of the
 * customers who got in touch.
 *
 * @param recorded how long the whole recorded history is (its customers' purchases were recorded over it), for
 *                 values per year; null when unknown, and then the window's length (or the trace's) is taken
 */
public record RecordedHistory(Instant from, Instant to, Trace trace, Map<String, CustomerFacts> customers,
                              long eventsRead, Duration recorded) {

    public RecordedHistory(Instant from, Instant to, Trace trace, Map<String, CustomerFacts> customers,
                           long eventsRead) {
        this(from, to, trace, customers, eventsRead, null);
    }

    /** The length of the recorded history in years of 365.25 days (at least one day). */
    public double recordedYears() {
        Duration span = recorded;
        if (span == null && from != null && to != null) {
            span = Duration.between(from, to);
        }
        if (span == null) {
            span = Duration.ofSeconds((long) Math.ceil(trace.size() == 0 ? 0 : trace.lastArrival()));
        }
        return Math.max(span.getSeconds(), 86_400) / (365.25 * 86_400);
    }

    /** The same history, knowing how long the whole recorded history is. */
    public RecordedHistory recordedOver(Duration span) {
        return new RecordedHistory(from, to, trace, customers, eventsRead, span);
    }
}
