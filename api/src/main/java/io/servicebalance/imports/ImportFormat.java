package io.servicebalance.imports;

import java.util.List;

/** The three files of a recorded history and their exact header rows (a contract: see docs/import.md). */
public enum ImportFormat {
    CUSTOMERS("customers", List.of("customer_id", "name", "email", "tier", "account_manager", "registered_at",
            "churned_at")),
    CONTACTS("contacts", List.of("contact_id", "customer_id", "channel", "type", "received_at", "answered_at",
            "abandoned_at", "handle_seconds", "rating")),
    PURCHASES("purchases", List.of("customer_id", "amount", "currency", "occurred_at"));

    private final String part;
    private final List<String> header;

    ImportFormat(String part, List<String> header) {
        this.part = part;
        this.header = header;
    }

    /** The name of the file's option ({@code --customers}) and multipart part ({@code customers}). */
    public String part() {
        return part;
    }

    public List<String> header() {
        return header;
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(name + " is not a column of " + part);
        }
        return i;
    }
}
