package io.servicebalance.imports;

import io.servicebalance.customer.Customers;
import io.servicebalance.eventstore.bulk.AggregateWork;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.eventstore.bulk.BulkResult;
import io.servicebalance.eventstore.bulk.CommandRefused;
import io.servicebalance.web.BusinessTimeProperties;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports a recorded history: reads and checks the files, turns each row into the domain's commands, and has the
 * {@link BulkAppender} run them through the aggregates and append their events. Every problem is reported by file,
 * line and field; when there is any, nothing is written. The CLI and the REST API both come here.
 */
@Service
public class HistoryImporter {

    private final BulkAppender appender;
    private final JdbcTemplate jdbc;
    private final BusinessTimeProperties businessTime;
    private final Clock clock;

    HistoryImporter(BulkAppender appender, JdbcTemplate jdbc, BusinessTimeProperties businessTime, Clock clock) {
        this.appender = appender;
        this.jdbc = jdbc;
        this.businessTime = businessTime;
        this.clock = clock;
    }

    /**
     * @throws ImportRejected when any row is refused; nothing was written
     */
    public ImportSummary run(ImportSources sources, BulkAppender.Listener listener) {
        return run(sources, listener, false, null);
    }

    /**
     * As {@link #run(ImportSources, BulkAppender.Listener)}, with {@code beforeCommit} run in the append's transaction
     * after the events are copied (records that must commit with them, or a last check that rolls all back by
     * throwing).
     */
    ImportSummary run(ImportSources sources, BulkAppender.Listener listener, Consumer<Connection> beforeCommit) {
        return run(sources, listener, false, beforeCommit);
    }

    /**
     * Reads the files and runs every row through the aggregates in memory, writing nothing.
     *
     * @throws ImportRejected when any row is refused
     */
    public void check(ImportSources sources) {
        run(sources, new BulkAppender.Listener() { }, true, null);
    }

    private ImportSummary run(ImportSources sources, BulkAppender.Listener listener, boolean checkOnly,
                              Consumer<Connection> beforeCommit) {
        long started = System.nanoTime();
        List<String> files = new ArrayList<>(List.of(sources.customers().name(), sources.contacts().name()));
        if (sources.purchases() != null) {
            files.add(sources.purchases().name());
        }
        ImportProblems problems = new ImportProblems(files);
        Fields.Range range = new Fields.Range(businessTime.earliest(),
                clock.instant().plus(businessTime.futureTolerance()));
        CustomerRows customers = new CustomerRows(problems, range);
        Set<String> stored = new HashSet<>();
        java.util.function.Function<Set<String>, Set<String>> storedCustomers = ids -> {
            Set<String> found = storedCustomers(ids);
            stored.addAll(found);
            return found;
        };
        Customers known = id -> customers.has(id.value()) || stored.contains(id.value());
        customers.readCustomers(sources.customers());
        if (sources.purchases() != null) {
            customers.readPurchases(sources.purchases(), storedCustomers);
        }
        ContactRows contacts = new ContactRows(problems, range);
        contacts.read(sources.contacts(), customers::has, storedCustomers);
        List<AggregateWork> work = new ArrayList<>(customers.work());
        work.addAll(contacts.work());
        if (problems.any() || checkOnly) {
            report(appender.refusals(work, known), problems);
        }
        if (checkOnly) {
            return null;
        }
        BulkResult result;
        try {
            result = appender.append(work, known, listener, beforeCommit);
        } catch (BulkAppender.Refused refused) {
            report(refused.refusals(), problems);
            throw refused;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new ImportSummary(customers.customerRows, contacts.rows, customers.purchaseRows, new BulkResult(result.aggregates(), result.created(),
                result.continued(), result.unchanged(), result.eventsAppended(), seconds));
    }

    private static void report(List<CommandRefused> refusals, ImportProblems problems) {
        for (CommandRefused r : refusals) {
            RowSource source = (RowSource) r.source();
            problems.add(source.file(), source.line(), source.field(), r.message());
        }
        problems.throwIfAny();
    }

    /** Which of these ids are customers in the event store. */
    private Set<String> storedCustomers(Set<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 10_000) {
            Object[] part = all.subList(from, Math.min(all.size(), from + 10_000)).toArray();
            found.addAll(jdbc.query(con -> {
                var s = con.prepareStatement("SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                        + " WHERE type = 'Customer' AND sequence_number = 0 AND aggregate_identifier = ANY (?)");
                s.setArray(1, con.createArrayOf("varchar", part));
                return s;
            }, (r, i) -> r.getString(1)));
        }
        return found;
    }
}
