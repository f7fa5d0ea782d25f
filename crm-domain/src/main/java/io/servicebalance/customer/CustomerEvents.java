package io.servicebalance.customer;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * What happened to a customer. Stored shapes are frozen: change one only with a new {@code @Revision} and an
 * upcaster. {@code occurredAt} is business time; the event store's own timestamp is the recording time. Revision 2
 * stores the {@link PersonalData} fields encrypted under the customer's key (revision 1 stored them in clear).
 */
public final class CustomerEvents {

    private CustomerEvents() {
    }

    @Revision("2")
    public record CustomerRegistered(CustomerId customerId, @PersonalData String name, @PersonalData String email,
                                     @PersonalData String phone, ServiceTier tier, Instant occurredAt) {
    }

    @Revision("2")
    public record ServiceTierChanged(CustomerId customerId, ServiceTier previousTier, ServiceTier tier,
                                     @PersonalData String reason, Instant occurredAt) {
    }

    @Revision("1")
    public record AccountManagerAssigned(CustomerId customerId, String managerId, String previousManagerId,
                                         Instant occurredAt) {
    }

    @Revision("2")
    public record ContactDetailsChanged(CustomerId customerId, @PersonalData String name, @PersonalData String email,
                                        @PersonalData String phone, Instant occurredAt) {
    }

    @Revision("2")
    public record PurchaseRecorded(CustomerId customerId, BigDecimal amount, String currency,
                                   @PersonalData String description, ServiceTier tier, Instant occurredAt) {
    }

    @Revision("2")
    public record CustomerChurned(CustomerId customerId, @PersonalData String reason, ServiceTier tier,
                                  Instant occurredAt) {
    }

    @Revision("1")
    public record CustomerWonBack(CustomerId customerId, ServiceTier tier, Instant occurredAt) {
    }
}
