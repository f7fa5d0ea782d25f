package io.servicebalance.privacy;

import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.Customers;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a customer's personal data without rewriting its events: deletes the customer's key (so every encrypted
 * field reads as the placeholder), redacts the fields of events stored before encryption (revision 1, see
 * {@link LegacyRedaction}), then has the read models replace what they kept. Repeating an erasure changes nothing.
 */
@Service
public class Erasure {

    /** The outcome: when the customer was erased, and whether this request did it. */
    public record Erased(String customerId, Instant erasedAt, boolean erasedNow, int legacyEventsRedacted) {
    }

    private final Customers customers;
    private final CustomerKeys keys;
    private final LegacyRedaction legacy;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    Erasure(Customers customers, CustomerKeys keys, LegacyRedaction legacy, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, ApplicationEventPublisher publisher) {
        this.customers = customers;
        this.keys = keys;
        this.legacy = legacy;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.publisher = publisher;
    }

    public Erased erase(CustomerId id) {
        if (!customers.registered(id)) {
            throw new AggregateNotFoundException(id.value(), "No customer is recorded under the id '" + id + "'");
        }
        Erased erased = transactions.execute(tx -> {
            boolean now = keys.erase(id.value());
            int redacted = legacy.redact(id.value());
            Instant at = jdbc.queryForObject("SELECT erased_at FROM customer_erasure WHERE customer_id = ?",
                    OffsetDateTime.class, id.value()).toInstant();
            return new Erased(id.value(), at, now, redacted);
        });
        publisher.publishEvent(new CustomerErased(id.value()));
        return erased;
    }
}
