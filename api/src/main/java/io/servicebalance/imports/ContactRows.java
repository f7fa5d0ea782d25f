package io.servicebalance.imports;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.Contact;
import io.servicebalance.contact.ContactCommands.AbandonContact;
import io.servicebalance.contact.ContactCommands.AcknowledgeComplaint;
import io.servicebalance.contact.ContactCommands.AnswerContact;
import io.servicebalance.contact.ContactCommands.RateSatisfaction;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.contact.ContactCommands.ResolveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.eventstore.bulk.AggregateWork;
import io.servicebalance.eventstore.bulk.SourcedCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the contacts file into each contact's commands, in the order of its columns: received, answered or abandoned,
 * then the end of the first call {@code handle_seconds} after the answer (the case resolved; for a COMPLAINT, the
 * complaint acknowledged), then the rating at that moment. The contact's own rules decide what may follow what.
 */
final class ContactRows {

    static final String SUBJECT = "recorded in an imported contact log";
    static final String AGENT = "imported";

    private record Parsed(Fields row, String contactId, String customerId, Channel channel, ContactType type,
                          Instant received, Instant answered, Instant abandoned, Long handleSeconds, Long rating) {
    }

    private final ImportProblems problems;
    private final Fields.Range range;
    private final List<AggregateWork> work = new ArrayList<>();
    private final Map<String, Long> lines = new HashMap<>();
    long rows;

    ContactRows(ImportProblems problems, Fields.Range range) {
        this.problems = problems;
        this.range = range;
    }

    /**
     * @param inFile          whether the customers file has a customer
     * @param storedCustomers which of the given ids are customers already stored
     */
    void read(ImportSource source, Predicate<String> inFile, Function<Set<String>, Set<String>> storedCustomers) {
        List<Parsed> rows = new ArrayList<>();
        CsvFile.read(source, ImportFormat.CONTACTS, problems,
                row -> rows.add(parse(new Fields(ImportFormat.CONTACTS, range, source.name(), row, problems))));
        this.rows = rows.size();
        Set<String> unknown = new HashSet<>();
        rows.stream().map(Parsed::customerId).filter(id -> id != null && !inFile.test(id)).forEach(unknown::add);
        Set<String> stored = unknown.isEmpty() ? Set.of() : storedCustomers.apply(unknown);
        for (Parsed p : rows) {
            if (p.customerId() != null && !inFile.test(p.customerId()) && !stored.contains(p.customerId())) {
                p.row().problem("customer_id", "unknown customer '" + p.customerId()
                        + "': not in the customers file nor stored");
            }
            if (!p.row().bad()) {
                commands(source.name(), p);
            }
        }
    }

    List<AggregateWork> work() {
        return work;
    }

    private Parsed parse(Fields row) {
        Parsed p = new Parsed(row, row.text("contact_id"), row.text("customer_id"),
                row.enumValue("channel", Channel.class), row.enumValue("type", ContactType.class),
                row.instant("received_at"), row.optionalInstant("answered_at"), row.optionalInstant("abandoned_at"),
                row.optionalWhole("handle_seconds"), row.optionalWhole("rating"));
        if (p.handleSeconds() != null && p.handleSeconds() < 0) {
            row.problem("handle_seconds", "must not be negative, but is " + p.handleSeconds());
        }
        if (p.contactId() != null) {
            Long first = lines.putIfAbsent(p.contactId(), row.line());
            if (first != null) {
                row.problem("contact_id", "duplicate contact id '" + p.contactId() + "' (first on line " + first + ")");
            }
        }
        return p;
    }

    private void commands(String file, Parsed p) {
        Fields row = p.row();
        List<SourcedCommand> commands = new ArrayList<>();
        ContactId id;
        CustomerId customer;
        try {
            id = new ContactId(p.contactId());
            customer = new CustomerId(p.customerId());
        } catch (IllegalArgumentException e) {
            row.problem(e.getMessage().startsWith("contactId") ? "contact_id" : "customer_id", e.getMessage());
            return;
        }
        add(commands, RowCommand.of(row, file, "received_at", p.received(),
                () -> new ReceiveContact(id, customer, p.channel(), p.type(), SUBJECT, p.received())));
        if (p.answered() != null) {
            add(commands, RowCommand.of(row, file, "answered_at", p.answered(),
                    () -> new AnswerContact(id, AGENT, p.answered())));
        }
        if (p.abandoned() != null) {
            add(commands, RowCommand.of(row, file, "abandoned_at", p.abandoned(),
                    () -> new AbandonContact(id, p.abandoned())));
        }
        Instant callEnd = (p.answered() != null ? p.answered() : p.received())
                .plusSeconds(p.handleSeconds() == null ? 0 : Math.max(0, p.handleSeconds()));
        if (p.handleSeconds() != null) {
            add(commands, RowCommand.of(row, file, "handle_seconds", callEnd, () -> p.type() == ContactType.COMPLAINT
                    ? new AcknowledgeComplaint(id, callEnd)
                    : new ResolveContact(id, p.handleSeconds(), true, callEnd)));
        }
        if (p.rating() != null) {
            add(commands, RowCommand.of(row, file, "rating", callEnd,
                    () -> new RateSatisfaction(id, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                            p.rating())), null, callEnd)));
        }
        if (!row.bad()) {
            work.add(new AggregateWork(Contact.class, p.contactId(), true, commands));
        }
    }

    private static void add(List<SourcedCommand> commands, SourcedCommand command) {
        if (command != null) {
            commands.add(command);
        }
    }
}
