package io.servicebalance.eventstore;

import io.servicebalance.customer.Customer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.Customers;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What kind of aggregate an id belongs to, as the event store records it: the aggregate type of its first event.
 * An id belongs to one aggregate for good (the store's unique key on aggregate and sequence number), so a contact's
 * id is never taken for a customer's.
 */
@Component
class StoredAggregates implements Customers {

    private final JdbcTemplate jdbc;

    StoredAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The aggregate type recorded under {@code id} ("Customer", "Contact"), if any. */
    Optional<String> typeOf(String id) {
        return jdbc.queryForList("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 0", String.class, id).stream().findFirst();
    }

    @Override
    public boolean registered(CustomerId id) {
        return typeOf(id.value()).filter(Customer.class.getSimpleName()::equals).isPresent();
    }
}
