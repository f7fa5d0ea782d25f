package io.servicebalance.contact.web;

import io.servicebalance.contact.ContactCommands.*;
import io.servicebalance.contact.ContactId;
import io.servicebalance.web.Recorded;
import io.servicebalance.web.Recorder;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records the complaint steps of a COMPLAINT contact, strictly in order: acknowledge, investigate, propose a
 * remedy, implement it, archive with the customer's feedback (the first step, received, is the contact itself).
 */
@RestController
@RequestMapping("/api/contacts/{id}/complaint")
class ComplaintEndpoints {

    private final Recorder recorder;

    ComplaintEndpoints(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/acknowledge")
    ResponseEntity<Void> acknowledge(@PathVariable ContactId id,
            @Valid @RequestBody(required = false) ContactRequests.At body) {
        recorder.send(body == null ? null : body.occurredAt(), at -> new AcknowledgeComplaint(id, at));
        return Recorded.accepted();
    }

    @PostMapping("/investigation")
    ResponseEntity<Void> investigate(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Findings body) {
        recorder.send(body.occurredAt(), at -> new InvestigateComplaint(id, body.findings(), at));
        return Recorded.accepted();
    }

    @PostMapping("/remedy-proposal")
    ResponseEntity<Void> proposeRemedy(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Remedy body) {
        recorder.send(body.occurredAt(), at -> new ProposeRemedy(id, body.remedy(), at));
        return Recorded.accepted();
    }

    @PostMapping("/remedy-implementation")
    ResponseEntity<Void> implementRemedy(@PathVariable ContactId id,
            @Valid @RequestBody(required = false) ContactRequests.At body) {
        recorder.send(body == null ? null : body.occurredAt(), at -> new ImplementRemedy(id, at));
        return Recorded.accepted();
    }

    @PostMapping("/archive")
    ResponseEntity<Void> archive(@PathVariable ContactId id, @Valid @RequestBody ContactRequests.Feedback body) {
        recorder.send(body.occurredAt(), at -> new ArchiveComplaint(id, body.customerFeedback(), at));
        return Recorded.accepted();
    }
}
