package io.servicebalance.simulation.history;

import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.util.Map;

/**
 * The recorded history of a window as the planner replays it: a trace of its contacts (patience exact for abandoned
 * contacts, "at least the wait" for answered ones, unknown for contacts never answered) and the facts of the
 * customers who got in touch.
 */
public record RecordedHistory(Instant from, Instant to, Trace trace, Map<String, CustomerFacts> customers,
                              long eventsRead) {
}
