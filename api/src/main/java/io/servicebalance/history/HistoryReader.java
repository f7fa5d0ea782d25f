package io.servicebalance.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.history.ContactHistoryCatchUp.Listener;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.HistoryWindow;
import io.servicebalance.simulation.history.RecordedContact;
import io.servicebalance.simulation.history.RecordedHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a window of the recorded history from the contact history read model: one range scan of the arrival index
 * for the contacts, streamed in PostgreSQL's binary copy format and put in arrival order here (rows come nearly in
 * that order already; a sort in the database would spill to disk), and one primary-key lookup per customer of theirs.
 * Before reading, the read model must hold every event stored when the read starts ({@link ContactHistoryCatchUp}); a
 * plan never reads a partial window.
 */
@Component
public class HistoryReader {

    private static final Listener SILENT = new Listener() {
        @Override
        public void waiting(Lag lag, Duration limit) {
        }

        @Override
        public void progress(Lag lag) {
        }
    };
    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final ContactType[] TYPES = ContactType.values();

    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final ContactHistoryCatchUp catchUp;

    HistoryReader(JdbcTemplate jdbc, ContactHistoryCatchUp catchUp) {
        this.jdbc = jdbc;
        this.catchUp = catchUp;
    }

    /** Contacts received in [from, to) (null: unbounded) and the facts of their customers, once caught up. */
    public RecordedHistory read(Instant from, Instant to) {
        return read(from, to, SILENT);
    }

    /**
     * As {@link #read(Instant, Instant)}, telling {@code listener} about a wait for the read model.
     *
     * @throws ContactHistoryCatchUp.HistoryBehind when the read model does not catch up in time
     */
    public RecordedHistory read(Instant from, Instant to, Listener listener) {
        catchUp.await(listener);
        return readCaughtUp(from, to);
    }

    /** Waits for the read model to hold every event stored now; see {@link ContactHistoryCatchUp}. */
    public Lag awaitCaughtUp(Listener listener) {
        return catchUp.await(listener);
    }

    /** Reads the window as the read model holds it now, without checking that it is complete (benchmarks). */
    public RecordedHistory readCaughtUp(Instant from, Instant to) {
        String window = "received_at >= " + literal(from, "-infinity") + " AND received_at < "
                + literal(to, "infinity");
        List<RecordedContact> contacts = copy("SELECT contact_id, customer_id, tier, channel, contact_type,"
                + " received_at, answered_at, abandoned_at, acknowledged_at, handle_seconds FROM contact_history"
                + " WHERE " + window, HistoryReader::contacts);
        contacts.sort(RecordedContact.ARRIVAL);
        Map<String, CustomerFacts> customers = customers(contacts);
        RecordedHistory read = HistoryWindow.build(from, to, contacts, customers,
                contacts.size() + (long) customers.size());
        return contactSpan().map(span -> read.recordedOver(Duration.between(span[0], span[1]))).orElse(read);
    }

    /** Every currency a purchase was recorded in, in the whole history. */
    public List<String> currencies() {
        return jdbc.queryForList("SELECT currency FROM contact_history_currency ORDER BY currency", String.class);
    }

    /** Business times of the first and last contact received, if any: the span a plan's window must overlap. */
    public Optional<Instant[]> contactSpan() {
        List<Instant[]> span = jdbc.query("SELECT min(received_at), max(received_at) FROM contact_history",
                (rs, n) -> rs.getTimestamp(1) == null ? null : new Instant[] {rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2).toInstant()});
        return span.isEmpty() || span.get(0) == null ? Optional.empty() : Optional.of(span.get(0));
    }

    /**
     * Why a scenario's window cannot be replayed on this history (empty when it can): no history at all, or a window
     * that holds none of its contacts. Not decided while the read model lags: reading waits for it, then finds out.
     */
    public List<String> windowProblems(Instant from, Instant to) {
        if (catchUp.lagging()) {
            return List.of();
        }
        Optional<Instant[]> span = contactSpan();
        if (span.isEmpty()) {
            return List.of("the event store holds no contacts to replay: record, seed or import a history first");
        }
        Instant first = span.get()[0];
        Instant last = span.get()[1];
        if ((to != null && !to.isAfter(first)) || (from != null && from.isAfter(last))) {
            return List.of("window lies outside the history: contacts were received from " + first + " to " + last);
        }
        return List.of();
    }

    private static String literal(Instant at, String unbounded) {
        return "'" + (at == null ? unbounded : at.toString()) + "'::timestamptz";
    }

    private interface RowsReader<T> {
        T read(BinaryCopy rows) throws IOException;
    }

    private <T> T copy(String select, RowsReader<T> reader) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (BinaryCopy rows = new BinaryCopy(new PGCopyInputStream(pg, "COPY (" + select
                    + ") TO STDOUT (FORMAT binary)"))) {
                return reader.read(rows);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the contact history", e);
            }
        });
    }

    private static List<RecordedContact> contacts(BinaryCopy rows) throws IOException {
        List<RecordedContact> contacts = new ArrayList<>();
        while (rows.next()) {
            contacts.add(new RecordedContact(rows.text(), rows.text(), rows.constant(TIERS), rows.constant(CHANNELS),
                    rows.constant(TYPES), rows.instant(), rows.instant(), rows.instant(), rows.instant(),
                    rows.int8(-1)));
        }
        return contacts;
    }

    /** The facts of the customers of these contacts: one primary-key lookup each, never a scan of all customers. */
    private Map<String, CustomerFacts> customers(List<RecordedContact> contacts) {
        String[] ids = contacts.stream().map(RecordedContact::customerId).distinct().toArray(String[]::new);
        Map<String, CustomerFacts> customers = new HashMap<>(ids.length * 2);
        Map<String, Map<String, Double>> values = valuesByCurrency(ids);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, tier, value::float8,"
                    + " churned FROM contact_history_customer WHERE customer_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("text", ids));
                select.setFetchSize(FETCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String tier = rs.getString(2);
                        customers.put(id, new CustomerFacts(id, tier == null ? ServiceTier.STANDARD
                                : ServiceTier.valueOf(tier), rs.getDouble(3), rs.getBoolean(4), 0,
                                values.getOrDefault(id, Map.of())));
                    }
                }
            }
            return null;
        });
        return customers;
    }

    /** Recorded purchases per customer and currency, for the customers {@code ids}. */
    private Map<String, Map<String, Double>> valuesByCurrency(String[] ids) {
        Map<String, Map<String, Double>> values = new HashMap<>(ids.length * 2);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, currency,"
                    + " sum(amount)::float8 FROM contact_history_purchase WHERE customer_id = ANY (?)"
                    + " GROUP BY customer_id, currency")) {
                select.setArray(1, connection.createArrayOf("text", ids));
                select.setFetchSize(FETCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        values.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                                rs.getDouble(3));
                    }
                }
            }
            return null;
        });
        return values;
    }
}
