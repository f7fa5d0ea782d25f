package io.servicebalance.benchmarks.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server stored of the load's commands: how often each customer's registration and each purchase (tagged by
 * its amount: index + 1 within its customer) is in the event store, and how often each of those events is in the active customer timeline.
 */
final class StoredCommands {

    private final Map<String, List<String>> events = new HashMap<>();
    private final Map<String, Integer> timeline = new HashMap<>();

    private StoredCommands() {
    }

    static StoredCommands read(String url, String password) throws SQLException {
        StoredCommands stored = new StoredCommands();
        try (Connection c = DriverManager.getConnection(url, "postgres", password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT CASE WHEN payload_type LIKE '%CustomerRegistered'"
                    + " THEN 'customer:' || aggregate_identifier"
                    + " ELSE 'purchase:' || aggregate_identifier || '-p' || (floor((convert_from(payload, 'UTF8')::json"
                    + " ->> 'amount')::numeric)::bigint - 1) END, event_identifier"
                    + " FROM domain_event_entry WHERE aggregate_identifier LIKE 'crash-%'"
                    + " AND (payload_type LIKE '%CustomerRegistered' OR payload_type LIKE '%PurchaseRecorded')")) {
                while (r.next()) {
                    stored.events.computeIfAbsent(r.getString(1), k -> new java.util.ArrayList<>()).add(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT event_id, count(*) FROM timeline_entry t"
                    + " JOIN read_model_generation g ON g.name = 'customer-timeline' AND t.generation = g.active"
                    + " WHERE t.customer_id LIKE 'crash-%' GROUP BY event_id")) {
                while (r.next()) {
                    stored.timeline.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return stored;
    }

    /** Times the command is in the event store. */
    int inStore(WriteLoad.Acknowledged a) {
        return events.getOrDefault(a.kind() + ":" + a.key(), List.of()).size();
    }

    /** Times the command's event is in the timeline (0 when it is not in the store). */
    int inTimeline(WriteLoad.Acknowledged a) {
        List<String> ids = events.getOrDefault(a.kind() + ":" + a.key(), List.of());
        return ids.stream().mapToInt(id -> timeline.getOrDefault(id, 0)).sum();
    }
}
