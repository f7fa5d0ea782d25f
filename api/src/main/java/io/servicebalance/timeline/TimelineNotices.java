package io.servicebalance.timeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * New timeline entries announced to every node through PostgreSQL's {@code NOTIFY} on channel {@value #CHANNEL}:
 * the processor that writes an entry (on whichever node holds its segment) notifies in the same transaction, so the
 * notice goes out only when the entry has committed; each node listens on one connection of its own, reads the entry
 * and hands it to its live streams. The notice names the entry only (generation and event id), never its content.
 */
@Component
class TimelineNotices implements SmartLifecycle {

    static final String CHANNEL = "timeline_entry";
    private static final Logger LOG = LoggerFactory.getLogger(TimelineNotices.class);
    private static final int WAIT_MILLIS = 500;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TimelineStream stream;
    private volatile boolean running;
    private volatile Thread listener;

    TimelineNotices(JdbcTemplate jdbc, DataSource dataSource, TimelineStream stream) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.stream = stream;
    }

    /** Announces an entry of {@code generation}, once the current transaction commits (at once without one). */
    void notifyNew(int generation, String eventId) {
        jdbc.query("SELECT pg_notify(?, ?)", (RowCallbackHandler) rs -> { }, CHANNEL, generation + ":" + eventId);
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, "timeline-notices");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            try {
                thread.join(2L * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                connection.setAutoCommit(true);
                listen.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            deliver(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("listening for new timeline entries failed (live streams miss entries until it is back,"
                            + " retried in 1 s): {}", e.toString());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }

    private void deliver(String notice) {
        int colon = notice.indexOf(':');
        int generation = Integer.parseInt(notice.substring(0, colon));
        jdbc.query("SELECT customer_id, type, manager, occurred_at, recorded_at, channel, summary, actor, contact_id"
                + " FROM timeline_entry WHERE generation = ? AND event_id = ?", (RowCallbackHandler) rs -> {
                    String contact = rs.getString(9);
                    stream.publish(rs.getString(1), rs.getString(2), rs.getString(3), new TimelineEntry(
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(2),
                            rs.getString(6), rs.getString(7), rs.getString(8), contact,
                            contact == null ? null : "/api/contacts/" + contact));
                }, generation, notice.substring(colon + 1));
    }
}
