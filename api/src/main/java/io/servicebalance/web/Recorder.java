package io.servicebalance.web;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends one command per request and waits until its events are stored, so that a 2xx answer means recorded.
 * Supplies the id a request may leave out. A business time left out travels as null: the command handler reads the
 * server's clock while it holds the aggregate, so concurrent requests on one record never run backwards and nothing
 * is retried.
 */
@Component
public class Recorder {

    private final CommandGateway gateway;

    Recorder(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    /** Sends the command for business time {@code occurredAt}, or for the handler's clock when it is null. */
    public void send(Instant occurredAt, Function<Instant, Object> command) {
        send(command.apply(occurredAt));
    }

    public String idOrNew(String id) {
        return id != null ? id : UUID.randomUUID().toString();
    }
}
