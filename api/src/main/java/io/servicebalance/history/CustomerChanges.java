package io.servicebalance.history;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customers' rows of one processing batch: tiers by business time, the latest tier and churn state (the event of
 * the highest sequence number of the batch, applied only over an older one), purchases and currencies; each kind one
 * statement over arrays. A purchase adds to its customer's value only when its row is new, so a redelivered
 * purchase is counted once.
 */
final class CustomerChanges {

    static final String TIERS = "INSERT INTO contact_history_tier (customer_id, event_id, since, seq, tier)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::int8[], ?::text[])"
            + " ON CONFLICT (customer_id, event_id) DO NOTHING";
    static final String LATEST_TIERS = "INSERT INTO contact_history_customer AS c (customer_id, tier, tier_seq)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::int8[]) ON CONFLICT (customer_id) DO UPDATE"
            + " SET tier = EXCLUDED.tier, tier_seq = EXCLUDED.tier_seq WHERE c.tier_seq < EXCLUDED.tier_seq";
    static final String CHURNS = "INSERT INTO contact_history_customer AS c (customer_id, churned, churn_seq)"
            + " SELECT * FROM unnest(?::text[], ?::bool[], ?::int8[]) ON CONFLICT (customer_id) DO UPDATE"
            + " SET churned = EXCLUDED.churned, churn_seq = EXCLUDED.churn_seq WHERE c.churn_seq < EXCLUDED.churn_seq";
    static final String PURCHASES = "WITH added AS (INSERT INTO contact_history_purchase (customer_id, seq, currency,"
            + " amount, purchased_at) SELECT * FROM unnest(?::text[], ?::int8[], ?::text[], ?::numeric[],"
            + " ?::timestamptz[]) ON CONFLICT (customer_id, seq) DO NOTHING RETURNING customer_id, seq, amount)"
            + " INSERT INTO contact_history_customer AS c (customer_id, value, value_seq)"
            + " SELECT customer_id, sum(amount), max(seq) FROM added GROUP BY customer_id"
            + " ON CONFLICT (customer_id) DO UPDATE SET value = c.value + EXCLUDED.value,"
            + " value_seq = greatest(c.value_seq, EXCLUDED.value_seq)";
    static final String CURRENCIES = "INSERT INTO contact_history_currency (currency) SELECT * FROM unnest(?::text[])"
            + " ON CONFLICT (currency) DO NOTHING";

    private record Tier(String customer, String event, Instant since, long seq, String tier) {
    }

    private record Latest(String customer, Object value, long seq) {
    }

    private record Purchase(String customer, long seq, String currency, BigDecimal amount, Instant at) {
    }

    private final List<Tier> tiers = new ArrayList<>();
    private final Map<String, Latest> latestTiers = new LinkedHashMap<>();
    private final Map<String, Latest> churns = new LinkedHashMap<>();
    private final List<Purchase> purchases = new ArrayList<>();
    private final Set<String> currencies = new LinkedHashSet<>();

    void tier(String customer, String event, Instant since, long seq, String tier) {
        tiers.add(new Tier(customer, event, since, seq, tier));
        latest(latestTiers, new Latest(customer, tier, seq));
    }

    void churn(String customer, boolean churned, long seq) {
        latest(churns, new Latest(customer, churned, seq));
    }

    void purchase(String customer, long seq, String currency, BigDecimal amount, Instant at) {
        purchases.add(new Purchase(customer, seq, currency, amount, at));
        currencies.add(currency);
    }

    /** The customers whose tiers changed in this batch: their contacts' tiers are looked up again. */
    Set<String> retiered() {
        return latestTiers.keySet();
    }

    void flush(JdbcTemplate jdbc) {
        if (!tiers.isEmpty()) {
            flushTiers(jdbc);
        }
        if (!purchases.isEmpty()) {
            flushPurchases(jdbc);
        }
        if (!churns.isEmpty()) {
            List<Latest> latest = List.copyOf(churns.values());
            jdbc.execute((Connection con) -> execute(con, CHURNS, new SqlArrays(con, latest.size())
                    .text(latest, Latest::customer).booleans(latest, l -> (Boolean) l.value())
                    .longs(latest, Latest::seq)));
        }
    }

    private void flushTiers(JdbcTemplate jdbc) {
        jdbc.execute((Connection con) -> execute(con, TIERS, new SqlArrays(con, tiers.size())
                .text(tiers, Tier::customer).text(tiers, Tier::event).instants(tiers, Tier::since)
                .longs(tiers, Tier::seq).text(tiers, Tier::tier)));
        List<Latest> latest = List.copyOf(latestTiers.values());
        jdbc.execute((Connection con) -> execute(con, LATEST_TIERS, new SqlArrays(con, latest.size())
                .text(latest, Latest::customer).text(latest, l -> (String) l.value()).longs(latest, Latest::seq)));
    }

    private void flushPurchases(JdbcTemplate jdbc) {
        jdbc.execute((Connection con) -> execute(con, PURCHASES, new SqlArrays(con, purchases.size())
                .text(purchases, Purchase::customer).longs(purchases, Purchase::seq)
                .text(purchases, Purchase::currency).text(purchases, p -> p.amount().toPlainString())
                .instants(purchases, Purchase::at)));
        List<String> all = List.copyOf(currencies);
        jdbc.execute((Connection con) -> execute(con, CURRENCIES, new SqlArrays(con, all.size()).text(all, c -> c)));
    }

    private static void latest(Map<String, Latest> map, Latest change) {
        map.merge(change.customer(), change, (old, fresh) -> fresh.seq() > old.seq() ? fresh : old);
    }

    private static int execute(Connection con, String sql, SqlArrays columns) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            columns.bind(statement);
            return statement.executeUpdate();
        }
    }
}
