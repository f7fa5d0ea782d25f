package io.servicebalance.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends one command per request and waits until its events are stored, so that a 2xx answer means recorded.
 * Supplies the defaults a request may leave out: a new id, and the server's clock for the business time.
 */
@Component
public class Recorder {

    private final CommandGateway gateway;
    private final Clock clock;

    Recorder(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    public Instant timeOf(Instant occurredAt) {
        return occurredAt != null ? occurredAt : clock.instant();
    }

    public String idOrNew(String id) {
        return id != null ? id : UUID.randomUUID().toString();
    }
}
