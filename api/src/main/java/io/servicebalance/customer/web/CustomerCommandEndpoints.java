package io.servicebalance.customer.web;

import io.servicebalance.customer.CustomerCommands.*;
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
 * Records what happens to customers: registration, tier changes, account managers, contact details, purchases,
 * churn and win-back. Each request is one command; nothing is recorded when it is rejected.
 */
@RestController
@RequestMapping("/api/customers")
class CustomerCommandEndpoints {

    private final Recorder recorder;

    CustomerCommandEndpoints(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody CustomerRequests.Register body) {
        CustomerId id = new CustomerId(recorder.idOrNew(body.id()));
        recorder.send(body.occurredAt(),
                at -> new RegisterCustomer(id, body.name(), body.email(), body.phone(), body.tier(), at));
        return Recorded.created("/api/customers/", id.value());
    }

    @PostMapping("/{id}/purchases")
    ResponseEntity<Void> purchase(@PathVariable CustomerId id, @Valid @RequestBody CustomerRequests.Purchase body) {
        recorder.send(body.occurredAt(),
                at -> new RecordPurchase(id, body.amount(), body.currency(), body.description(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/tier")
    ResponseEntity<Void> changeTier(@PathVariable CustomerId id, @Valid @RequestBody CustomerRequests.TierChange body) {
        recorder.send(body.occurredAt(), at -> new ChangeServiceTier(id, body.tier(), body.reason(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/account-manager")
    ResponseEntity<Void> assignManager(@PathVariable CustomerId id,
            @Valid @RequestBody CustomerRequests.ManagerAssignment body) {
        recorder.send(body.occurredAt(), at -> new AssignAccountManager(id, body.managerId(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/contact-details")
    ResponseEntity<Void> changeContactDetails(@PathVariable CustomerId id,
            @Valid @RequestBody CustomerRequests.ContactDetails body) {
        recorder.send(body.occurredAt(), at -> new ChangeContactDetails(id, body.name(), body.email(), body.phone(),
                at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/churn")
    ResponseEntity<Void> churn(@PathVariable CustomerId id, @Valid @RequestBody CustomerRequests.Churn body) {
        recorder.send(body.occurredAt(), at -> new ChurnCustomer(id, body.reason(), at));
        return Recorded.accepted();
    }

    @PostMapping("/{id}/win-back")
    ResponseEntity<Void> winBack(@PathVariable CustomerId id,
            @Valid @RequestBody(required = false) CustomerRequests.WinBack body) {
        recorder.send(body == null ? null : body.occurredAt(), at -> new WinBackCustomer(id, at));
        return Recorded.accepted();
    }
}
