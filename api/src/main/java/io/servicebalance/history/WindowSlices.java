package io.servicebalance.history;

import io.servicebalance.simulation.history.ContactColumns;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the contacts of a window as consecutive time slices side by side, each by its own binary copy on its own
 * connection and decoded by its own thread, then joins their columns in arrival order
 * ({@link ContactColumns#concat}). On two cores the server produces one slice's rows while this JVM decodes
 * another's, instead of the two taking turns over one connection. The slices are cut at equal spans of time between
 * the window's bounds (or the first and last contact received, where the window is unbounded or wider); the first and
 * the last keep the window's own bounds, so no contact is left out. The result is the one read of the whole window
 * gives (see ADR 0035).
 */
final class WindowSlices {

    private WindowSlices() {
    }

    /**
     * The contacts received in [from, to) (null: unbounded), read as at most {@code slices} slices.
     *
     * @param span the first and last contact received in the read model
     */
    static ContactColumns read(JdbcTemplate jdbc, Instant from, Instant to, Instant[] span, int slices) {
        List<Instant> cuts = cuts(from == null || from.isBefore(span[0]) ? span[0] : from,
                to == null || to.isAfter(span[1]) ? span[1] : to, slices);
        List<FutureTask<ContactColumns>> others = new ArrayList<>();
        for (int k = 1; k <= cuts.size(); k++) {
            String where = range(cuts.get(k - 1), k == cuts.size() ? to : cuts.get(k));
            FutureTask<ContactColumns> task = new FutureTask<>(() -> slice(jdbc, where));
            Thread thread = new Thread(task, "history-slice-" + k);
            thread.setDaemon(true);
            thread.start();
            others.add(task);
        }
        ContactColumns contacts = slice(jdbc, range(from, cuts.isEmpty() ? to : cuts.get(0)));
        for (FutureTask<ContactColumns> task : others) {
            contacts = ContactColumns.concat(contacts, join(task));
        }
        return contacts;
    }

    /** The instants between {@code low} and {@code high} cutting it into {@code slices} equal spans, in order. */
    static List<Instant> cuts(Instant low, Instant high, int slices) {
        List<Instant> cuts = new ArrayList<>();
        long micros = ChronoUnit.MICROS.between(low, high);
        for (int k = 1; k < slices; k++) {
            Instant cut = low.truncatedTo(ChronoUnit.MICROS).plus(micros / slices * k, ChronoUnit.MICROS);
            if (cut.isAfter(low) && cut.isBefore(high) && (cuts.isEmpty() || cut.isAfter(cuts.get(cuts.size() - 1)))) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    private static ContactColumns slice(JdbcTemplate jdbc, String where) {
        return CopyOut.read(jdbc, "SELECT " + WindowContacts.COLUMNS + " FROM contact_history WHERE " + where,
                WindowContacts::read);
    }

    /** The result of a task run on a thread of its own, its failure rethrown here. */
    static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new IllegalStateException("interrupted while reading the contact history", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not read the contact history", e.getCause());
        }
    }

    private static String range(Instant from, Instant to) {
        return "received_at >= " + literal(from, "-infinity") + " AND received_at < " + literal(to, "infinity");
    }

    private static String literal(Instant at, String unbounded) {
        return "'" + (at == null ? unbounded : at.toString()) + "'::timestamptz";
    }
}
