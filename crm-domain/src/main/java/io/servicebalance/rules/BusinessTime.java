package io.servicebalance.rules;

import java.time.Clock;
import java.time.Instant;

/**
 * The business time of a command: the one the client gave, or, when it gave none, the server's clock read while the
 * command holds its aggregate, never before that aggregate's last event. So a time the client never chose cannot
 * run backwards, however many requests on the same record race; a time the client chose is checked, never changed.
 */
public final class BusinessTime {

    private BusinessTime() {
    }

    /**
     * @param given the client's time, or null
     * @param clock the server's clock (injected into the command handler, so replays and tests fix it)
     * @param last  the time of the aggregate's last event, or null for a new aggregate
     * @param what  names the change in the message when {@code given} runs backwards
     */
    public static Instant of(Instant given, Clock clock, Instant last, String what) {
        if (given == null) {
            Instant now = clock.instant();
            return last != null && now.isBefore(last) ? last : now;
        }
        Shape.notBefore(given, last, what);
        return given;
    }
}
