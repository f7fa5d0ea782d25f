package io.servicebalance.customer;

import java.math.BigDecimal;
import java.time.Instant;
import io.servicebalance.rules.Shape;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands a {@link Customer} handles. Each checks its own shape; business rules live in the aggregate. */
public final class CustomerCommands {

    private CustomerCommands() {
    }

    /** Records a new customer; the id may come from the client, which makes a retried request safe. */
    public record RegisterCustomer(@TargetAggregateIdentifier CustomerId customerId, String name, String email,
                                   String phone, ServiceTier tier, Instant occurredAt) {
        public RegisterCustomer {
            Shape.required(customerId, "customerId");
            Shape.text(name, "name", 200);
            Shape.email(email);
            Shape.optionalText(phone, "phone", 40);
            Shape.required(tier, "tier");
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Moves a customer to another service tier, giving the reason. */
    public record ChangeServiceTier(@TargetAggregateIdentifier CustomerId customerId, ServiceTier tier, String reason,
                                    Instant occurredAt) {
        public ChangeServiceTier {
            Shape.required(customerId, "customerId");
            Shape.required(tier, "tier");
            Shape.text(reason, "reason", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Makes a manager responsible for the customer. */
    public record AssignAccountManager(@TargetAggregateIdentifier CustomerId customerId, String managerId,
                                       Instant occurredAt) {
        public AssignAccountManager {
            Shape.required(customerId, "customerId");
            Shape.text(managerId, "managerId", 100);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Replaces the customer's name, e-mail and phone. */
    public record ChangeContactDetails(@TargetAggregateIdentifier CustomerId customerId, String name, String email,
                                       String phone, Instant occurredAt) {
        public ChangeContactDetails {
            Shape.required(customerId, "customerId");
            Shape.text(name, "name", 200);
            Shape.email(email);
            Shape.optionalText(phone, "phone", 40);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Records a purchase: a positive amount in an ISO 4217 currency. */
    public record RecordPurchase(@TargetAggregateIdentifier CustomerId customerId, BigDecimal amount, String currency,
                                 String description, Instant occurredAt) {
        public RecordPurchase {
            Shape.required(customerId, "customerId");
            Shape.required(amount, "amount");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("amount must be greater than 0");
            }
            Shape.required(currency, "currency");
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, not '" + currency + "'");
            }
            Shape.optionalText(description, "description", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Records that the customer left. */
    public record ChurnCustomer(@TargetAggregateIdentifier CustomerId customerId, String reason, Instant occurredAt) {
        public ChurnCustomer {
            Shape.required(customerId, "customerId");
            Shape.text(reason, "reason", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Records that a churned customer came back. */
    public record WinBackCustomer(@TargetAggregateIdentifier CustomerId customerId, Instant occurredAt) {
        public WinBackCustomer {
            Shape.required(customerId, "customerId");
            Shape.instant(occurredAt, "occurredAt");
        }
    }
}
