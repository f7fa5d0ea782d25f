package io.servicebalance.contact.web;

import io.servicebalance.contact.ContactCommands.*;
import io.servicebalance.contact.ContactId;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.web.Recorded;
import io.servicebalance.web.Recorder;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records contacts and their cases: received, answered or abandoned, escalated, resolved, reopened, closed, rated.
 * Each request is one command; nothing is recorded when it is rejected. Whether the customer of a new contact is
 * registered is decided by the command handler.
 */
@RestController
@RequestMapping("/api/contacts")
class ContactCommandEndpoints {

    private final Recorder recorder;

    ContactCommandEndpoints(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> receive(@Valid @RequestBody ContactRequests.Receive body) {
        CustomerId customer = new CustomerId(body.customerId());
        ContactId id = new ContactId(recorder.idOrNew(body.id()));
        recorder.send(body.occurredAt(),
                at -> new ReceiveContact(id, customer, body.channel(), body.type(), body.subject(), at));
        return Recorded.created("/api/contacts/", id.value());
    }

    @PostMapping("/{id}/answer")
    ResponseEntity<Void> answer(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Answer body) {
        recorder.send(body.occurredAt(), at -> new AnswerContact(id, body.agentId(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/abandon")
    ResponseEntity<Void> abandon(@PathVariable ContactId id,
            @Valid @RequestBody(required = false) ContactRequests.At body) {
        recorder.send(body == null ? null : body.occurredAt(), at -> new AbandonContact(id, at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/escalate")
    ResponseEntity<Void> escalate(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Reason body) {
        recorder.send(body.occurredAt(), at -> new EscalateContact(id, body.reason(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/resolve")
    ResponseEntity<Void> resolve(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Resolve body) {
        recorder.send(body.occurredAt(),
                at -> new ResolveContact(id, body.handleSeconds(), body.firstContactResolution(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<Void> reopen(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Reason body) {
        recorder.send(body.occurredAt(), at -> new ReopenContact(id, body.reason(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable ContactId id,
            @Valid @RequestBody(required = false) ContactRequests.At body) {
        recorder.send(body == null ? null : body.occurredAt(), at -> new CloseContact(id, at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Rating body) {
        recorder.send(body.occurredAt(), at -> new RateSatisfaction(id, body.score(), body.comment(), at));
        return Recorded.accepted();
    }
}
