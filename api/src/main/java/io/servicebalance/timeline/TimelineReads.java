package io.servicebalance.timeline;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads timeline pages and directory rows of the active generation. */
@Component
class TimelineReads {

    /** A page of entries, newest first, and the cursor of the next page (null on the last). */
    record Page(List<TimelineEntry> entries, String nextCursor) {
    }

    /** A customer as the directory knows it. */
    record DirectoryRow(String customerId, String name, String email, String tier, String manager, boolean churned) {
    }

    private final JdbcTemplate jdbc;

    TimelineReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page page(int generation, String customerId, TimelineQuery q) {
        StringBuilder sql = new StringBuilder("SELECT occurred_at, recorded_at, type, channel, summary, actor,"
                + " contact_id, entry_id FROM timeline_entry WHERE generation = ? AND customer_id = ?");
        List<Object> args = new ArrayList<>(List.of(generation, customerId));
        if (!q.types().isEmpty()) {
            sql.append(" AND type = ANY (?)");
            args.add(q.types().toArray(String[]::new));
        }
        if (!q.channels().isEmpty()) {
            sql.append(" AND channel = ANY (?)");
            args.add(q.channels().toArray(String[]::new));
        }
        condition(sql, args, " AND occurred_at >= ?", q.from());
        condition(sql, args, " AND occurred_at < ?", q.to());
        condition(sql, args, " AND recorded_at <= ?", q.asOf() == null ? null : TimelineQuery.recordedUpTo(q.asOf()));
        if (q.contactId() != null) {
            sql.append(" AND contact_id = ?");
            args.add(q.contactId());
        }
        if (q.after() != null) {
            sql.append(" AND (occurred_at, entry_id) < (?, ?)");
            args.add(Timestamp.from(q.after().occurredAt()));
            args.add(q.after().entryId());
        }
        sql.append(" ORDER BY occurred_at DESC, entry_id DESC LIMIT ?");
        args.add(q.limit() + 1);
        List<long[]> ids = new ArrayList<>();
        List<TimelineEntry> entries = jdbc.query(sql.toString(), (rs, n) -> {
            ids.add(new long[] {rs.getLong(8)});
            String contact = rs.getString(7);
            return new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), contact, contact == null ? null
                    : "/api/customers/" + customerId + "/timeline?contact=" + contact);
        }, args.toArray());
        if (entries.size() <= q.limit()) {
            return new Page(entries, null);
        }
        List<TimelineEntry> page = entries.subList(0, q.limit());
        TimelineEntry last = page.get(page.size() - 1);
        String next = new TimelineQuery.Cursor(generation, last.occurredAt(), ids.get(q.limit() - 1)[0], q.filters())
                .encode();
        return new Page(List.copyOf(page), next);
    }

    Optional<DirectoryRow> customer(int generation, String customerId) {
        return jdbc.query("SELECT customer_id, name, email, tier, manager, churned FROM customer_directory"
                + " WHERE generation = ? AND customer_id = ?", (rs, n) -> new DirectoryRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)), generation,
                customerId).stream().findFirst();
    }

    /** Customers matching the filters, ordered by id, after {@code afterId}. */
    List<DirectoryRow> search(int generation, String q, String tier, String manager, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT customer_id, name, email, tier, manager, churned FROM"
                + " customer_directory WHERE generation = ? AND name IS NOT NULL");
        List<Object> args = new ArrayList<>(List.of(generation));
        if (q != null && !q.isBlank()) {
            sql.append(" AND (lower(name) LIKE ? OR lower(email) LIKE ?)");
            String like = "%" + q.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        condition(sql, args, " AND tier = ?", tier);
        condition(sql, args, " AND manager = ?", manager);
        condition(sql, args, " AND customer_id > ?", afterId);
        sql.append(" ORDER BY customer_id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> new DirectoryRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)), args.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value instanceof java.time.Instant i ? Timestamp.from(i) : value);
        }
    }
}
