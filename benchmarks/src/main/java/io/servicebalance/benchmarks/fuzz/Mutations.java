package io.servicebalance.benchmarks.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Turns a valid body into a hostile one: a field dropped, set to a value the store or the read side cannot hold
 * (control characters, broken surrogates, instants and numbers out of range, wrong types), an unknown or duplicated
 * key, or JSON that is not JSON. A few bodies stay valid, so that records change state while the fuzz runs.
 */
final class Mutations {

    static final List<String> VALUES = List.of(
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0007\"", "\"\\u001b[31m\"", "\"\\ud800\"", "\"\\udc00x\"",
            "\"" + "x".repeat(5000) + "\"", "\"\"", "\" \"", "\"\\u2028\"", "\"\\ud83d\\ude00\"", "\"\\u007f\"",
            "1e20", "-1e20", "1e400", "-0.0", "0", "-1", "2147483648", "9223372036854775808", "1.5", "NaN",
            "Infinity", "\"+300000-01-01T00:00:00Z\"", "\"-5000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
            "\"0000-01-01T00:00:00Z\"", "\"2026-13-01T00:00:00Z\"", "\"yesterday\"", "\"1970-01-01T00:00:00Z\"",
            "null", "true", "[]", "{}", "{\"a\":1}", "[[[[[[[[[[1]]]]]]]]]]", "\"PREMIUM\"", "\"EUR\"");
    static final List<String> FIELDS = List.of("occurredAt", "id", "name", "email", "phone", "tier", "amount",
            "currency", "description", "reason", "managerId", "customerId", "channel", "type", "subject", "agentId",
            "handleSeconds", "firstContactResolution", "score", "comment", "findings", "remedy", "customerFeedback");

    private Mutations() {
    }

    static String mutate(Map<String, String> valid, Random r) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(valid.entrySet());
        int kind = r.nextInt(10);
        switch (kind) {
            case 0 -> { }
            case 1 -> {
                if (!fields.isEmpty()) {
                    fields.remove(r.nextInt(fields.size()));
                }
            }
            case 2, 3, 4 -> set(fields, pick(valid, r), pick(VALUES, r));
            case 5 -> set(fields, pick(FIELDS, r), pick(VALUES, r));
            case 6 -> fields.add(Map.entry("occurredAt", pick(VALUES, r)));
            case 7 -> fields.add(Map.entry(fields.isEmpty() ? "unknown" : pick(valid, r), pick(VALUES, r)));
            default -> {
                return broken(json(fields), r);
            }
        }
        return json(fields);
    }

    private static String broken(String json, Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> json.substring(0, r.nextInt(Math.max(1, json.length())));
            case 1 -> "";
            case 2 -> "null";
            case 3 -> "[" + json + "]";
            case 4 -> "[".repeat(5000) + "]".repeat(5000);
            case 5 -> json.replace(':', '=');
            default -> json + "{}";
        };
    }

    private static void set(List<Map.Entry<String, String>> fields, String field, String value) {
        fields.removeIf(e -> e.getKey().equals(field));
        fields.add(Map.entry(field, value));
    }

    private static String pick(Map<String, String> valid, Random r) {
        return valid.isEmpty() ? pick(FIELDS, r) : pick(new ArrayList<>(valid.keySet()), r);
    }

    private static String pick(List<String> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }

    static String json(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
