package io.servicebalance.history;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.trace.IdDictionary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facts of a window's customers (latest tier, value, churn, value per currency), by their number in the window's
 * dictionary of customer ids. When the window's customers are a large share of all customers (a month of a year),
 * one binary copy of every customer's facts costs far less than a primary-key lookup each (about 1 against 6
 * microseconds a customer on the server) and is filtered here by the dictionary, without a string per row; for a
 * small window the lookups stay, so that its cost does not grow with the customers the history holds. The copy of
 * every customer and the copy of every customer's purchases run side by side on two connections (ADR 0035).
 */
final class WindowCustomers {

    /** Scan every customer when the window holds at least 1 in this many of them. */
    private static final int SCAN_SHARE = 4;
    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final int FETCH = 10_000;

    private WindowCustomers() {
    }

    /** Facts by customer number in {@code ids}; null for a customer the read model does not know. */
    static CustomerFacts[] read(JdbcTemplate jdbc, IdDictionary ids) {
        String[] strings = ids.strings();
        Long estimate = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class"
                + " WHERE oid = 'contact_history_customer'::regclass", Long.class);
        boolean scanAll = estimate == null || estimate < 0 || (long) ids.size() * SCAN_SHARE >= estimate;
        CustomerFacts[] facts = new CustomerFacts[ids.size()];
        if (scanAll) {
            FutureTask<Map<String, Map<String, Double>>> values = new FutureTask<>(() -> allValues(jdbc, ids));
            Thread beside = new Thread(values, "history-purchases");
            beside.setDaemon(true);
            beside.start();
            int[] tiers = new int[ids.size()];
            double[] amounts = new double[ids.size()];
            boolean[] churned = new boolean[ids.size()];
            boolean[] known = new boolean[ids.size()];
            CopyOut.read(jdbc, "SELECT customer_id, tier, value::float8, churned FROM contact_history_customer",
                    rows -> {
                        byte[] id = new byte[BinaryCopy.MAX_FIELD];
                        while (rows.next()) {
                            int k = ids.indexOf(id, 0, rows.bytes(id));
                            int tier = rows.ordinal(WindowContacts.TIERS, ServiceTier.STANDARD.ordinal());
                            double value = rows.float8(0);
                            boolean churn = rows.bool(false);
                            if (k >= 0) {
                                known[k] = true;
                                tiers[k] = tier;
                                amounts[k] = value;
                                churned[k] = churn;
                            }
                        }
                        return null;
                    });
            Map<String, Map<String, Double>> perCurrency = WindowSlices.join(values);
            for (int k = 0; k < facts.length; k++) {
                if (known[k]) {
                    facts[k] = new CustomerFacts(strings[k], TIERS[tiers[k]], amounts[k], churned[k], 0,
                            perCurrency.getOrDefault(strings[k], Map.of()));
                }
            }
        } else {
            lookUp(jdbc, strings, valuesOf(jdbc, strings), facts);
        }
        return facts;
    }

    /** One primary-key lookup per customer. */
    private static void lookUp(JdbcTemplate jdbc, String[] ids, Map<String, Map<String, Double>> values,
                               CustomerFacts[] facts) {
        Map<String, Integer> numbers = new HashMap<>(ids.length * 2);
        for (int k = 0; k < ids.length; k++) {
            numbers.put(ids[k], k);
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, tier, value::float8,"
                    + " churned FROM contact_history_customer WHERE customer_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("text", ids));
                select.setFetchSize(FETCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String tier = rs.getString(2);
                        facts[numbers.get(id)] = new CustomerFacts(id, tier == null ? ServiceTier.STANDARD
                                : ServiceTier.valueOf(tier), rs.getDouble(3), rs.getBoolean(4), 0,
                                values.getOrDefault(id, Map.of()));
                    }
                }
            }
            return null;
        });
    }

    /** Recorded purchases per customer and currency, for the customers {@code ids}. */
    private static Map<String, Map<String, Double>> valuesOf(JdbcTemplate jdbc, String[] ids) {
        Map<String, Map<String, Double>> values = new HashMap<>();
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

    /** Recorded purchases per customer and currency of every customer, kept for those in {@code ids}. */
    private static Map<String, Map<String, Double>> allValues(JdbcTemplate jdbc, IdDictionary ids) {
        Map<String, Map<String, Double>> values = new HashMap<>();
        CopyOut.read(jdbc, "SELECT customer_id, currency, sum(amount)::float8 FROM contact_history_purchase"
                + " GROUP BY customer_id, currency", rows -> {
                    byte[] id = new byte[BinaryCopy.MAX_FIELD];
                    while (rows.next()) {
                        int length = rows.bytes(id);
                        String currency = rows.text();
                        double amount = rows.float8(0);
                        if (ids.indexOf(id, 0, length) >= 0) {
                            values.computeIfAbsent(new String(id, 0, length, java.nio.charset.StandardCharsets.UTF_8),
                                    k -> new HashMap<>()).put(currency, amount);
                        }
                    }
                    return null;
                });
        return values;
    }
}
