package io.servicebalance.timeline;

import io.servicebalance.customer.PersonalData;
import io.servicebalance.privacy.CustomerErased;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces an erased customer's personal data in every generation of the read model: each timeline row is written
 * again from its event, read now that the key is gone (summaries, names and e-mails become the placeholder), and
 * the directory's name and e-mail become the placeholder. Figures, tiers and KPIs do not change.
 */
@Component
class TimelineErasure {

    private final JdbcTemplate jdbc;
    private final EventStore events;

    TimelineErasure(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(CustomerErased erased) {
        String customer = erased.customerId();
        List<String> aggregates = new ArrayList<>(List.of(customer));
        aggregates.addAll(jdbc.queryForList("SELECT DISTINCT contact_id FROM timeline_entry WHERE customer_id = ?"
                + " AND contact_id IS NOT NULL", String.class, customer));
        List<Object[]> rows = new ArrayList<>();
        for (String aggregate : aggregates) {
            events.readEvents(aggregate, 0).asStream().forEach(event -> row(event).ifPresent(r -> rows.add(
                    new Object[] {r.summary(), r.name(), r.email(), event.getIdentifier(), customer})));
        }
        jdbc.batchUpdate("UPDATE timeline_entry SET summary = ?, name = ?, email = ? WHERE event_id = ?"
                + " AND customer_id = ?", rows);
        jdbc.update("UPDATE customer_directory SET name = ?, email = ? WHERE customer_id = ?", PersonalData.ERASED,
                PersonalData.ERASED, customer);
    }

    private static Optional<TimelineRow> row(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return CustomerEventRows.row(payload).or(() -> ContactEventRows.row(payload));
    }
}
