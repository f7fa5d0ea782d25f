package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;

/**
 * One recorded contact as the simulator replays it.
 *
 * @param customerValue the customer's value in the scenario's currency, or {@code null} when unknown
 */
public record TraceContact(String contactId, String customerId, ServiceTier tier, Channel channel, Instant arrival,
                           double handleSeconds, Patience patience, Double customerValue) {

    public TraceContact {
        if (contactId == null || contactId.isBlank()) {
            throw new IllegalArgumentException("contact id is required");
        }
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customer id is required");
        }
        if (tier == null || channel == null || arrival == null || patience == null) {
            throw new IllegalArgumentException("tier, channel, arrival and patience are required");
        }
        if (!(handleSeconds >= 0 && handleSeconds < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("handle seconds must be a finite number >= 0");
        }
        if (customerValue != null && !(customerValue >= 0 && customerValue < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("customer value must be a finite number >= 0");
        }
    }
}
