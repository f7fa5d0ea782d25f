package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.Comparator;

/**
 * One contact as the history recorded it: the customer's tier when it arrived, its outcome (answered, abandoned, or
 * neither: still waiting when the history ends), a complaint's acknowledgement and the first resolution's handle time.
 *
 * @param handleSeconds the first resolution's handle time, or -1 when never resolved
 */
public record RecordedContact(String id, String customerId, ServiceTier tier, Channel channel, ContactType type,
                              Instant received, Instant answered, Instant abandoned, Instant acknowledged,
                              long handleSeconds) {

    /** Arrival order, ties by id: the order a window is read in. */
    public static final Comparator<RecordedContact> ARRIVAL = Comparator.comparing(RecordedContact::received)
            .thenComparing(RecordedContact::id);

    public boolean resolved() {
        return handleSeconds >= 0;
    }
}
