package io.servicebalance.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contacts' rows of one processing batch, merged per contact in event order: a contact received in the batch is
 * one upsert row with its later steps, a contact received earlier one update row. Written as two statements over
 * arrays, whatever the number of contacts. Merging keeps each event's own rule: a later step overwrites the earlier
 * value of its column, the first resolution's handle time stays, and a column no event of the batch set keeps what
 * the row holds, so a redelivered event converges to the same row.
 */
final class ContactChanges {

    private static final String STEPS = "answered_at = coalesce(%1$s.answered_at, c.answered_at),"
            + " abandoned_at = coalesce(%1$s.abandoned_at, c.abandoned_at),"
            + " acknowledged_at = coalesce(%1$s.acknowledged_at, c.acknowledged_at),"
            + " handle_seconds = coalesce(c.handle_seconds, %1$s.handle_seconds)";

    static final String RECEIVED = "INSERT INTO contact_history AS c (contact_id, customer_id, channel, contact_type,"
            + " received_at, tier, answered_at, abandoned_at, acknowledged_at, handle_seconds)"
            + " SELECT u.contact_id, u.customer_id, u.channel, u.contact_type, u.received_at, "
            + ContactHistoryBatch.TIER_AT.formatted("u.customer_id", "u.received_at")
            + ", u.answered_at, u.abandoned_at, u.acknowledged_at, u.handle_seconds"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],"
            + " ?::timestamptz[], ?::timestamptz[], ?::int8[]) AS u(contact_id, customer_id, channel, contact_type,"
            + " received_at, answered_at, abandoned_at, acknowledged_at, handle_seconds)"
            + " ON CONFLICT (contact_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, channel = EXCLUDED.channel,"
            + " contact_type = EXCLUDED.contact_type, received_at = EXCLUDED.received_at, tier = EXCLUDED.tier, "
            + STEPS.formatted("EXCLUDED");

    static final String LATER = "UPDATE contact_history c SET " + STEPS.formatted("u")
            + " FROM unnest(?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::int8[])"
            + " AS u(contact_id, answered_at, abandoned_at, acknowledged_at, handle_seconds)"
            + " WHERE c.contact_id = u.contact_id";

    /** One contact's changes in this batch; {@code received} is null when it was received in an earlier one. */
    private static final class Change {
        String customer;
        String channel;
        String type;
        Instant received;
        Instant answered;
        Instant abandoned;
        Instant acknowledged;
        Long handleSeconds;
    }

    private final Map<String, Change> changes = new LinkedHashMap<>();

    void received(String contact, String customer, String channel, String type, Instant at) {
        Change c = change(contact);
        c.customer = customer;
        c.channel = channel;
        c.type = type;
        c.received = at;
    }

    void answered(String contact, Instant at) {
        change(contact).answered = at;
    }

    void abandoned(String contact, Instant at) {
        change(contact).abandoned = at;
    }

    void acknowledged(String contact, Instant at) {
        change(contact).acknowledged = at;
    }

    void resolved(String contact, long handleSeconds) {
        Change c = change(contact);
        if (c.handleSeconds == null) {
            c.handleSeconds = handleSeconds;
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    void flush(JdbcTemplate jdbc) {
        List<Map.Entry<String, Change>> received = new ArrayList<>();
        List<Map.Entry<String, Change>> later = new ArrayList<>();
        changes.entrySet().forEach(e -> (e.getValue().received != null ? received : later).add(e));
        if (!received.isEmpty()) {
            jdbc.execute((Connection con) -> write(con, RECEIVED, received, true));
        }
        if (!later.isEmpty()) {
            jdbc.execute((Connection con) -> write(con, LATER, later, false));
        }
        changes.clear();
    }

    private static int write(Connection con, String sql, List<Map.Entry<String, Change>> rows, boolean received)
            throws SQLException {
        SqlArrays columns = new SqlArrays(con, rows.size());
        columns.text(rows, Map.Entry::getKey);
        if (received) {
            columns.text(rows, e -> e.getValue().customer);
            columns.text(rows, e -> e.getValue().channel);
            columns.text(rows, e -> e.getValue().type);
            columns.instants(rows, e -> e.getValue().received);
        }
        columns.instants(rows, e -> e.getValue().answered);
        columns.instants(rows, e -> e.getValue().abandoned);
        columns.instants(rows, e -> e.getValue().acknowledged);
        columns.longs(rows, e -> e.getValue().handleSeconds);
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            columns.bind(statement);
            return statement.executeUpdate();
        }
    }

    private Change change(String contact) {
        return changes.computeIfAbsent(contact, k -> new Change());
    }
}
