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
import io.servicebalance.rules.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A customer over its whole life: tier, account manager, contact details, purchases, churn and win-back.
 * State is Jackson-serializable field by field so that snapshots can be taken. A command without a business time
 * is stamped with the injected clock while it holds the aggregate (see {@link BusinessTime}).
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
    void handle(RegisterCustomer command, Clock clock) {
        if (customerId != null) {
            throw RuleViolation.conflict("customer-already-registered",
                    "A customer with id '" + command.customerId() + "' is already registered");
        }
        apply(new CustomerRegistered(command.customerId(), command.name(), command.email(), command.phone(),
                command.tier(), BusinessTime.of(command.occurredAt(), clock, null, "The registration")));
    }

    @CommandHandler
    void handle(ChangeServiceTier command, Clock clock) {
        Instant at = requireActive(command.occurredAt(), clock, "change the tier of");
        if (command.tier() == tier) {
            throw RuleViolation.conflict("tier-unchanged", "The customer is already in tier " + tier);
        }
        apply(new ServiceTierChanged(customerId, tier, command.tier(), command.reason(), at));
    }

    @CommandHandler
    void handle(AssignAccountManager command, Clock clock) {
        Instant at = BusinessTime.of(command.occurredAt(), clock, lastOccurredAt, "The assignment");
        if (command.managerId().equals(managerId)) {
            throw RuleViolation.conflict("manager-unchanged", "The customer is already managed by " + managerId);
        }
        apply(new AccountManagerAssigned(customerId, command.managerId(), managerId, at));
    }

    @CommandHandler
    void handle(ChangeContactDetails command, Clock clock) {
        apply(new ContactDetailsChanged(customerId, command.name(), command.email(), command.phone(),
                BusinessTime.of(command.occurredAt(), clock, lastOccurredAt, "The change")));
    }

    @CommandHandler
    void handle(RecordPurchase command, Clock clock) {
        Instant at = requireActive(command.occurredAt(), clock, "record a purchase for");
        apply(new PurchaseRecorded(customerId, command.amount(), command.currency(), command.description(), tier, at));
    }

    @CommandHandler
    void handle(ChurnCustomer command, Clock clock) {
        Instant at = requireActive(command.occurredAt(), clock, "churn");
        apply(new CustomerChurned(customerId, command.reason(), tier, at));
    }

    @CommandHandler
    void handle(WinBackCustomer command, Clock clock) {
        Instant at = BusinessTime.of(command.occurredAt(), clock, lastOccurredAt, "The win-back");
        if (!churned) {
            throw RuleViolation.conflict("customer-active", "Only a churned customer can be won back");
        }
        apply(new CustomerWonBack(customerId, tier, at));
    }

    private Instant requireActive(Instant occurredAt, Clock clock, String action) {
        Instant at = BusinessTime.of(occurredAt, clock, lastOccurredAt, "The command");
        if (churned) {
            throw RuleViolation.conflict("customer-churned", "Cannot " + action + " a churned customer; win it back first");
        }
        return at;
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
