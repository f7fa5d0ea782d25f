package io.servicebalance.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what one event means into one generation of the read model: a timeline row (insert once, by event id) and
 * the directory attributes it sets (each only when the event is newer than the one that set it). Safe to repeat.
 */
@Component
class TimelineWriter {

    private final JdbcTemplate jdbc;

    TimelineWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the row written, if the event belongs on a timeline and this call added it (empty when the event was
     *         there already: a repeat)
     */
    Optional<TimelineRow> write(int generation, String eventId, long position, Instant recordedAt, Object event) {
        Optional<TimelineRow> row = CustomerEventRows.row(event).or(() -> ContactEventRows.row(event));
        Optional<TimelineRow> added = row.filter(r -> jdbc.update("""
                INSERT INTO timeline_entry (generation, event_id, customer_id, occurred_at, recorded_at, type, channel,
                    summary, actor, contact_id, contact_type, tier, manager, amount, currency, score, wait_seconds,
                    name, email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", generation, eventId,
                r.customerId(), Timestamp.from(r.occurredAt()), Timestamp.from(recordedAt), r.type(), r.channel(),
                r.summary(), r.actor(), r.contactId(), r.contactType(), r.tier(), r.manager(), r.amount(), r.currency(),
                r.score(), r.waitSeconds(), r.name(), r.email()) == 1);
        CustomerEventRows.change(event).ifPresent(c -> directory(generation, position, c));
        return added;
    }

    private void directory(int generation, long position, DirectoryChange c) {
        jdbc.update("""
                INSERT INTO customer_directory (generation, customer_id, name, email, name_pos, tier, tier_pos, manager,
                    manager_pos, churned, churn_pos)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (generation, customer_id) DO UPDATE SET
                    name = CASE WHEN excluded.name_pos > customer_directory.name_pos THEN excluded.name
                                ELSE customer_directory.name END,
                    email = CASE WHEN excluded.name_pos > customer_directory.name_pos THEN excluded.email
                                 ELSE customer_directory.email END,
                    name_pos = GREATEST(excluded.name_pos, customer_directory.name_pos),
                    tier = CASE WHEN excluded.tier_pos > customer_directory.tier_pos THEN excluded.tier
                                ELSE customer_directory.tier END,
                    tier_pos = GREATEST(excluded.tier_pos, customer_directory.tier_pos),
                    manager = CASE WHEN excluded.manager_pos > customer_directory.manager_pos THEN excluded.manager
                                   ELSE customer_directory.manager END,
                    manager_pos = GREATEST(excluded.manager_pos, customer_directory.manager_pos),
                    churned = CASE WHEN excluded.churn_pos > customer_directory.churn_pos THEN excluded.churned
                                   ELSE customer_directory.churned END,
                    churn_pos = GREATEST(excluded.churn_pos, customer_directory.churn_pos)""",
                generation, c.customerId(), c.name(), c.email(), c.name() == null ? -1 : position, c.tier(),
                c.tier() == null ? -1 : position, c.manager(), c.manager() == null ? -1 : position,
                c.churned() != null && c.churned(), c.churned() == null ? -1 : position);
    }
}
