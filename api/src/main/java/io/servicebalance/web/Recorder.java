package io.servicebalance.web;

import io.servicebalance.rules.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends one command per request and waits until its events are stored, so that a 2xx answer means recorded.
 * Supplies the defaults a request may leave out: a new id, and the server's clock for the business time.
 */
@Component
public class Recorder {

    static final int ATTEMPTS = 3;

    private final CommandGateway gateway;
    private final Clock clock;

    Recorder(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    /**
     * Sends the command for business time {@code occurredAt}, or for the server's clock when the request left it out.
     * In that case the clock is read again and the command retried (up to {@value #ATTEMPTS} times) if a concurrent
     * request on the same record was stamped later but recorded first: a time the client never chose cannot run
     * backwards.
     */
    public void send(Instant occurredAt, Function<Instant, Object> command) {
        if (occurredAt != null) {
            gateway.sendAndWait(command.apply(occurredAt));
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(command.apply(clock.instant()));
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !ranBackwards(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean ranBackwards(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleViolation v && v.rule().equals("time-runs-backwards")) {
                return true;
            }
            if (t instanceof CommandExecutionException c && c.getDetails().orElse(null) instanceof RuleViolation v
                    && v.rule().equals("time-runs-backwards")) {
                return true;
            }
        }
        return false;
    }

    public String idOrNew(String id) {
        return id != null ? id : UUID.randomUUID().toString();
    }
}
