package io.servicebalance.simulation.trace;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** One CSV row checked field by field; every problem names the line and the field. */
final class TraceRow {

    private final CSVRecord row;
    private final List<String> problems = new ArrayList<>();
    private TraceContact contact;

    TraceRow(CSVRecord row) {
        this.row = row;
        if (row.size() != TraceCsv.HEADER.size()) {
            problem("row", "has " + row.size() + " fields, expected " + TraceCsv.HEADER.size());
            return;
        }
        String contactId = required("contact_id");
        String customerId = required("customer_id");
        ServiceTier tier = enumValue("tier", ServiceTier.class);
        Channel channel = enumValue("channel", Channel.class);
        Instant arrival = instant("arrival");
        Double handle = seconds("handle_seconds", row.get("handle_seconds"), true);
        Patience patience = patience();
        String valueText = row.get("customer_value");
        Double value = valueText.isEmpty() ? null : seconds("customer_value", valueText, false);
        if (problems.isEmpty()) {
            contact = new TraceContact(contactId, customerId, tier, channel, arrival, handle, patience, value);
        }
    }

    List<String> problems() {
        return problems;
    }

    TraceContact contact() {
        return contact;
    }

    private void problem(String field, String message) {
        problems.add("line " + (row.getRecordNumber() + 1) + ", field " + field + ": " + message);
    }

    private String required(String field) {
        String value = row.get(field);
        if (value.isEmpty()) {
            problem(field, "is empty");
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = row.get(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private Instant instant(String field) {
        String value = row.get(field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problem(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-02T09:15:00Z");
            return null;
        }
    }

    private Double seconds(String field, String value, boolean required) {
        if (value.isEmpty() && required) {
            problem(field, "is empty");
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= 0) || Double.isInfinite(parsed)) {
                problem(field, "'" + value + "' must be a finite number >= 0");
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a number");
            return null;
        }
    }

    private Patience patience() {
        String value = row.get("patience_seconds");
        if (value.isEmpty()) {
            return Patience.unknown();
        }
        boolean atLeast = value.startsWith(">=");
        Double seconds = seconds("patience_seconds", atLeast ? value.substring(2).trim() : value, true);
        if (seconds == null) {
            return Patience.unknown();
        }
        return atLeast ? Patience.atLeast(seconds) : Patience.exactly(seconds);
    }
}
