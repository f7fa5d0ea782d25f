package io.servicebalance.history;

import io.servicebalance.history.ContactHistoryCatchUp.Listener;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.simulation.history.ContactColumns;
import io.servicebalance.simulation.history.ContactColumnsBuilder;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.HistoryWindow;
import io.servicebalance.simulation.history.RecordedHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a window of the recorded history from the contact history read model: range scans of the arrival index for
 * the contacts, one per time slice of the window, side by side on their own connections ({@link WindowSlices}: the
 * server produces one slice while this JVM decodes another), streamed in PostgreSQL's binary copy format and decoded
 * straight into columns (no object per contact: {@link WindowContacts}), put in arrival order here when they do not
 * come in it (a sort in the database would spill to disk; an ordered index scan costs twice the bitmap scan), and the
 * facts of their customers ({@link WindowCustomers}: one copy of all customers when the window holds a large share of
 * them, else one primary-key lookup each). See ADRs 0031 and 0035.
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

    /** Time slices of a window read side by side, each on its own connection: one per core, at most 4. */
    private static final int SLICES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

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
        return readCaughtUp(from, to, SLICES);
    }

    /** As {@link #readCaughtUp(Instant, Instant)}, the contacts read as {@code slices} time slices side by side. */
    RecordedHistory readCaughtUp(Instant from, Instant to, int slices) {
        Optional<Instant[]> span = contactSpan();
        ContactColumns contacts = span.isEmpty() ? new ContactColumnsBuilder(0).build()
                : WindowSlices.read(jdbc, from, to, span.get(), slices);
        if (contacts.size() == 0) {
            return HistoryWindow.build(from, to, contacts, new CustomerFacts[0], 0);
        }
        CustomerFacts[] customers = WindowCustomers.read(jdbc, contacts.customerIds());
        long known = java.util.Arrays.stream(customers).filter(java.util.Objects::nonNull).count();
        RecordedHistory read = HistoryWindow.build(from, to, contacts, customers, contacts.size() + known);
        return read.recordedOver(Duration.between(span.get()[0], span.get()[1]));
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
}
