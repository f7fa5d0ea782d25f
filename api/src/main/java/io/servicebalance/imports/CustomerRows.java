package io.servicebalance.imports;

import io.servicebalance.customer.Customer;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.ChurnCustomer;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.eventstore.bulk.AggregateWork;
import io.servicebalance.eventstore.bulk.SourcedCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the customers and purchases files into each customer's commands: registration (with the account manager),
 * then purchases and churn in business-time order (a churn after the purchases of the same instant).
 */
final class CustomerRows {

    static final String CHURN_REASON = "churned (recorded in an imported history)";

    /** A customer's commands: those from its row (if the file has it) and its purchases. */
    private static final class Commands {
        final List<SourcedCommand> start = new ArrayList<>();
        final List<SourcedCommand> later = new ArrayList<>();
        long line;
    }

    private final Map<String, Commands> customers = new LinkedHashMap<>();
    private final Set<String> inFile = new java.util.HashSet<>();
    private final ImportProblems problems;
    private final Fields.Range range;
    long customerRows;
    long purchaseRows;

    CustomerRows(ImportProblems problems, Fields.Range range) {
        this.problems = problems;
        this.range = range;
    }

    /** Whether the customers file has this customer. */
    boolean has(String customerId) {
        return inFile.contains(customerId);
    }

    void readCustomers(ImportSource source) {
        CsvFile.read(source, ImportFormat.CUSTOMERS, problems, row -> {
            customerRows++;
            customer(source.name(), new Fields(ImportFormat.CUSTOMERS, range, source.name(), row, problems));
        });
    }

    private void customer(String file, Fields row) {
        String id = row.text("customer_id");
        String name = row.text("name");
        String email = row.text("email");
        ServiceTier tier = row.enumValue("tier", ServiceTier.class);
        String manager = row.optionalText("account_manager");
        Instant registered = row.instant("registered_at");
        Instant churned = row.optionalInstant("churned_at");
        if (id != null && !inFile.add(id)) {
            Commands first = customers.get(id);
            row.problem("customer_id", "duplicate customer id '" + id + "'"
                    + (first == null ? "" : " (first on line " + first.line + ")"));
        }
        if (row.bad()) {
            return;
        }
        Commands c = customers.computeIfAbsent(id, k -> new Commands());
        c.line = row.line();
        CustomerId customerId = customerId(row, id);
        if (customerId == null) {
            return;
        }
        add(c.start, RowCommand.of(row, file, "registered_at", registered,
                () -> new RegisterCustomer(customerId, name, email, null, tier, registered)));
        if (manager != null) {
            add(c.start, RowCommand.of(row, file, "account_manager", registered,
                    () -> new AssignAccountManager(customerId, manager, registered)));
        }
        if (churned != null) {
            add(c.later, RowCommand.of(row, file, "churned_at", churned,
                    () -> new ChurnCustomer(customerId, CHURN_REASON, churned)));
        }
    }

    /** Reads the purchases; each must be of a customer in the customers file or already stored. */
    void readPurchases(ImportSource source, Function<Set<String>, Set<String>> storedCustomers) {
        List<Fields> rows = new ArrayList<>();
        CsvFile.read(source, ImportFormat.PURCHASES, problems,
                row -> rows.add(new Fields(ImportFormat.PURCHASES, range, source.name(), row, problems)));
        Set<String> unknown = new java.util.HashSet<>();
        for (Fields row : rows) {
            String id = row.optionalText("customer_id");
            if (id != null && !has(id)) {
                unknown.add(id);
            }
        }
        Set<String> stored = unknown.isEmpty() ? Set.of() : storedCustomers.apply(unknown);
        purchaseRows = rows.size();
        rows.forEach(row -> purchase(source.name(), row, stored));
    }

    private void purchase(String file, Fields row, Set<String> stored) {
        String id = row.text("customer_id");
        BigDecimal amount = row.decimal("amount");
        String currency = row.text("currency");
        Instant at = row.instant("occurred_at");
        if (id != null && !has(id) && !stored.contains(id)) {
            row.problem("customer_id", "unknown customer '" + id + "': not in the customers file nor stored");
        }
        if (amount != null && amount.signum() < 0) {
            row.problem("amount", "must not be negative, but is " + amount);
        }
        if (row.bad()) {
            return;
        }
        CustomerId customerId = customerId(row, id);
        if (customerId != null) {
            add(customers.computeIfAbsent(id, k -> new Commands()).later, RowCommand.of(row, file, "occurred_at", at,
                    () -> new RecordPurchase(customerId, amount, currency, null, at)));
        }
    }

    /** Each customer's work, in the order of the customers file, then customers known only from purchases. */
    List<AggregateWork> work() {
        List<AggregateWork> work = new ArrayList<>();
        Comparator<SourcedCommand> byTime = Comparator.comparing(SourcedCommand::at)
                .thenComparing(c -> c.command() instanceof ChurnCustomer);
        customers.forEach((id, c) -> {
            List<SourcedCommand> commands = new ArrayList<>(c.start);
            List<SourcedCommand> later = new ArrayList<>(c.later);
            later.sort(byTime);
            commands.addAll(later);
            if (!commands.isEmpty()) {
                work.add(new AggregateWork(Customer.class, id, c.line > 0 && !c.start.isEmpty(), commands));
            }
        });
        return work;
    }

    private static CustomerId customerId(Fields row, String id) {
        try {
            return new CustomerId(id);
        } catch (IllegalArgumentException e) {
            row.problem("customer_id", e.getMessage().replace("customerId ", ""));
            return null;
        }
    }

    private static void add(List<SourcedCommand> commands, SourcedCommand command) {
        if (command != null) {
            commands.add(Objects.requireNonNull(command));
        }
    }
}
