package io.servicebalance.imports;

import io.servicebalance.eventstore.bulk.SourcedCommand;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds one command from a row. A command record checks its own shape; its message starts with the command's field
 * name, which is reported as the file's column.
 */
final class RowCommand {

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("customerId", "customer_id"),
            Map.entry("contactId", "contact_id"), Map.entry("managerId", "account_manager"),
            Map.entry("score", "rating"), Map.entry("handleSeconds", "handle_seconds"), Map.entry("name", "name"),
            Map.entry("email", "email"), Map.entry("tier", "tier"), Map.entry("amount", "amount"),
            Map.entry("currency", "currency"), Map.entry("channel", "channel"), Map.entry("type", "type"));

    private RowCommand() {
    }

    /** The command, or null when its record refused the values (reported). */
    static SourcedCommand of(Fields row, String file, String column, Instant at, Supplier<Object> command) {
        try {
            return new SourcedCommand(command.get(), at, new RowSource(file, row.line(), column));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int space = message.indexOf(' ');
            String field = space > 0 ? COLUMNS.get(message.substring(0, space)) : null;
            row.problem(field == null ? column : field, field == null ? message : message.substring(space + 1));
            return null;
        }
    }
}
