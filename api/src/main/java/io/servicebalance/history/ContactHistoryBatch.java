package io.servicebalance.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one processing batch, flushed as JDBC batches just before the batch's transaction commits. Writes of
 * one kind keep their order; kinds are flushed so that every dependency holds: tiers and customers first, then new
 * contacts (their tier looked up), then the later steps of contacts, and last the contacts of customers whose tiers
 * changed are given the tier in force at their arrival again.
 */
final class ContactHistoryBatch {

    /** The kinds of write, in flush order. */
    enum Kind {
        TIER("INSERT INTO contact_history_tier (customer_id, event_id, since, seq, tier) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (customer_id, event_id) DO NOTHING"),
        LATEST_TIER("INSERT INTO contact_history_customer (customer_id, tier, tier_seq) VALUES (?, ?, ?)"
                + " ON CONFLICT (customer_id) DO UPDATE SET tier = EXCLUDED.tier, tier_seq = EXCLUDED.tier_seq"
                + " WHERE contact_history_customer.tier_seq < EXCLUDED.tier_seq"),
        VALUE("INSERT INTO contact_history_customer (customer_id, value, value_seq) VALUES (?, ?, ?)"
                + " ON CONFLICT (customer_id) DO UPDATE SET value = contact_history_customer.value + EXCLUDED.value,"
                + " value_seq = EXCLUDED.value_seq WHERE contact_history_customer.value_seq < EXCLUDED.value_seq"),
        PURCHASE("INSERT INTO contact_history_purchase (customer_id, seq, currency, amount, purchased_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, seq) DO NOTHING"),
        CURRENCY("INSERT INTO contact_history_currency (currency) VALUES (?) ON CONFLICT (currency) DO NOTHING"),
        CHURN("INSERT INTO contact_history_customer (customer_id, churned, churn_seq) VALUES (?, ?, ?)"
                + " ON CONFLICT (customer_id) DO UPDATE SET churned = EXCLUDED.churned, churn_seq = EXCLUDED.churn_seq"
                + " WHERE contact_history_customer.churn_seq < EXCLUDED.churn_seq"),
        RECEIVED("INSERT INTO contact_history (contact_id, customer_id, channel, contact_type, received_at, tier)"
                + " VALUES (?, ?, ?, ?, ?, " + ContactHistoryBatch.TIER_AT.formatted("?", "?") + ")"
                + " ON CONFLICT (contact_id) DO UPDATE SET customer_id = EXCLUDED.customer_id,"
                + " channel = EXCLUDED.channel, contact_type = EXCLUDED.contact_type,"
                + " received_at = EXCLUDED.received_at, tier = EXCLUDED.tier"),
        ANSWERED("UPDATE contact_history SET answered_at = ? WHERE contact_id = ?"),
        ABANDONED("UPDATE contact_history SET abandoned_at = ? WHERE contact_id = ?"),
        ACKNOWLEDGED("UPDATE contact_history SET acknowledged_at = ? WHERE contact_id = ?"),
        RESOLVED("UPDATE contact_history SET handle_seconds = coalesce(handle_seconds, ?) WHERE contact_id = ?");

        final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The tier in force at an instant: the latest (business time, then order in the customer's events) at or before
     * it; before the first one, the first one; STANDARD for a customer without any.
     */
    static final String TIER_AT = "coalesce((SELECT t.tier FROM contact_history_tier t WHERE t.customer_id = %1$s"
            + " AND t.since <= %2$s ORDER BY t.since DESC, t.seq DESC LIMIT 1), (SELECT t.tier FROM"
            + " contact_history_tier t WHERE t.customer_id = %1$s ORDER BY t.since, t.seq LIMIT 1), 'STANDARD')";

    private static final String RETIER = "UPDATE contact_history c SET tier = " + TIER_AT.formatted("c.customer_id",
            "c.received_at") + " WHERE c.customer_id = ?";

    private final Map<Kind, List<Object[]>> writes = new EnumMap<>(Kind.class);
    private final Set<String> retiered = new LinkedHashSet<>();

    void add(Kind kind, Object... arguments) {
        writes.computeIfAbsent(kind, k -> new ArrayList<>()).add(arguments);
        if (kind == Kind.TIER) {
            retiered.add((String) arguments[0]);
        }
    }

    void flush(JdbcTemplate jdbc) {
        writes.forEach((kind, rows) -> jdbc.batchUpdate(kind.sql, rows));
        if (!retiered.isEmpty()) {
            jdbc.batchUpdate(RETIER, retiered.stream().map(id -> new Object[] {id}).toList());
        }
        writes.clear();
        retiered.clear();
    }
}
