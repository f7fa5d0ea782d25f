package io.servicebalance.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.ChangeContactDetails;
import io.servicebalance.customer.CustomerCommands.ChangeServiceTier;
import io.servicebalance.customer.CustomerCommands.ChurnCustomer;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerCommands.WinBackCustomer;
import io.servicebalance.customer.CustomerEvents.AccountManagerAssigned;
import io.servicebalance.customer.CustomerEvents.ContactDetailsChanged;
import io.servicebalance.customer.CustomerEvents.CustomerChurned;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.CustomerWonBack;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import io.servicebalance.rules.RuleViolation;
import io.servicebalance.rules.Shape;
import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A customer over its whole life: tier, account manager, contact details, purchases, churn and win-back.
 * State is Jackson-serializable field by field so that snapshots can be taken.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Customer {

    @AggregateIdentifier
    private CustomerId customerId;
    private ServiceTier tier;
    private String managerId;
    private boolean churned;
    private Instant lastOccurredAt;

    protected Customer() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterCustomer command) {
        if (customerId != null) {
            throw RuleViolation.conflict("customer-already-registered",
                    "A customer with id '" + command.customerId() + "' is already registered");
        }
        apply(new CustomerRegistered(command.customerId(), command.name(), command.email(), command.phone(),
                command.tier(), command.occurredAt()));
    }

    @CommandHandler
    void handle(ChangeServiceTier command) {
        requireActive(command.occurredAt(), "change the tier of");
        if (command.tier() == tier) {
            throw RuleViolation.conflict("tier-unchanged", "The customer is already in tier " + tier);
        }
        apply(new ServiceTierChanged(customerId, tier, command.tier(), command.reason(), command.occurredAt()));
    }

    @CommandHandler
    void handle(AssignAccountManager command) {
        Shape.notBefore(command.occurredAt(), lastOccurredAt, "The assignment");
        if (command.managerId().equals(managerId)) {
            throw RuleViolation.conflict("manager-unchanged", "The customer is already managed by " + managerId);
        }
        apply(new AccountManagerAssigned(customerId, command.managerId(), managerId, command.occurredAt()));
    }

    @CommandHandler
    void handle(ChangeContactDetails command) {
        Shape.notBefore(command.occurredAt(), lastOccurredAt, "The change");
        apply(new ContactDetailsChanged(customerId, command.name(), command.email(), command.phone(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordPurchase command) {
        requireActive(command.occurredAt(), "record a purchase for");
        apply(new PurchaseRecorded(customerId, command.amount(), command.currency(), command.description(), tier,
                command.occurredAt()));
    }

    @CommandHandler
    void handle(ChurnCustomer command) {
        requireActive(command.occurredAt(), "churn");
        apply(new CustomerChurned(customerId, command.reason(), tier, command.occurredAt()));
    }

    @CommandHandler
    void handle(WinBackCustomer command) {
        Shape.notBefore(command.occurredAt(), lastOccurredAt, "The win-back");
        if (!churned) {
            throw RuleViolation.conflict("customer-active", "Only a churned customer can be won back");
        }
        apply(new CustomerWonBack(customerId, tier, command.occurredAt()));
    }

    private void requireActive(Instant occurredAt, String action) {
        Shape.notBefore(occurredAt, lastOccurredAt, "The command");
        if (churned) {
            throw RuleViolation.conflict("customer-churned", "Cannot " + action + " a churned customer; win it back first");
        }
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        tier = event.tier();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ServiceTierChanged event) {
        tier = event.tier();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(AccountManagerAssigned event) {
        managerId = event.managerId();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(PurchaseRecorded event) {
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(CustomerChurned event) {
        churned = true;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(CustomerWonBack event) {
        churned = false;
        lastOccurredAt = event.occurredAt();
    }
}
