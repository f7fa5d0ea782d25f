package io.servicebalance.timeline;

import io.servicebalance.customer.CustomerEvents.AccountManagerAssigned;
import io.servicebalance.customer.CustomerEvents.ContactDetailsChanged;
import io.servicebalance.customer.CustomerEvents.CustomerChurned;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.CustomerWonBack;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerEvents.ServiceTierChanged;
import java.util.Optional;

/** Timeline rows and directory changes of customer events. */
final class CustomerEventRows {

    private CustomerEventRows() {
    }

    static Optional<TimelineRow> row(Object event) {
        if (event instanceof CustomerRegistered e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "CustomerRegistered",
                    "Registered as a " + e.tier() + " customer").figures(e.tier().name(), null, null, null, null)
                    .person(e.name(), e.email()));
        } else if (event instanceof ServiceTierChanged e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "ServiceTierChanged",
                    "Tier changed from " + e.previousTier() + " to " + e.tier() + reason(e.reason()))
                    .figures(e.tier().name(), null, null, null, null));
        } else if (event instanceof AccountManagerAssigned e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "AccountManagerAssigned",
                    "Account manager " + e.managerId() + " assigned").actor(e.managerId())
                    .figures(null, e.managerId(), null, null, null));
        } else if (event instanceof ContactDetailsChanged e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "ContactDetailsChanged",
                    "Contact details changed").person(e.name(), e.email()));
        } else if (event instanceof PurchaseRecorded e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "PurchaseRecorded",
                    "Purchase of " + e.amount().toPlainString() + " " + e.currency())
                    .figures(null, null, e.amount(), null, null).currency(e.currency()));
        } else if (event instanceof CustomerChurned e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "CustomerChurned",
                    "Churned" + reason(e.reason())));
        } else if (event instanceof CustomerWonBack e) {
            return Optional.of(TimelineRow.of(e.customerId().value(), e.occurredAt(), "CustomerWonBack", "Won back"));
        }
        return Optional.empty();
    }

    static Optional<DirectoryChange> change(Object event) {
        if (event instanceof CustomerRegistered e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), e.name(), e.email(), e.tier().name(), null,
                    false));
        } else if (event instanceof ServiceTierChanged e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), null, null, e.tier().name(), null, null));
        } else if (event instanceof AccountManagerAssigned e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), null, null, null, e.managerId(), null));
        } else if (event instanceof ContactDetailsChanged e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), e.name(), e.email(), null, null, null));
        } else if (event instanceof CustomerChurned e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), null, null, null, null, true));
        } else if (event instanceof CustomerWonBack e) {
            return Optional.of(new DirectoryChange(e.customerId().value(), null, null, null, null, false));
        }
        return Optional.empty();
    }

    static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }
}
