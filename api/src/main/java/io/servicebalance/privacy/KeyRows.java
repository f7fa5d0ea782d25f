package io.servicebalance.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates and reads many customers' keys with one statement each (for bulk appends). */
final class KeyRows {

    private KeyRows() {
    }

    /** Stores these secrets as the keys of the customers that have none and were never erased. */
    static void createMissing(JdbcTemplate jdbc, List<String> customerIds, byte[][] secrets) {
        jdbc.update(con -> {
            var insert = con.prepareStatement("INSERT INTO customer_key (customer_id, secret)"
                    + " SELECT t.id, t.secret FROM unnest(?::text[], ?::bytea[]) AS t(id, secret)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM customer_erasure e WHERE e.customer_id = t.id)"
                    + " ON CONFLICT (customer_id) DO NOTHING");
            insert.setArray(1, con.createArrayOf("text", customerIds.toArray()));
            insert.setArray(2, con.createArrayOf("bytea", secrets));
            return insert;
        });
    }

    /** What is known of each of these customers' keys. */
    static Map<String, CustomerKeys.Lookup> lookUp(JdbcTemplate jdbc, List<String> customerIds) {
        Map<String, CustomerKeys.Lookup> found = new HashMap<>();
        jdbc.query(con -> {
            var select = con.prepareStatement("SELECT c.id, k.secret, e.customer_id IS NOT NULL"
                    + " FROM unnest(?::text[]) AS c(id) LEFT JOIN customer_key k ON k.customer_id = c.id"
                    + " LEFT JOIN customer_erasure e ON e.customer_id = c.id");
            select.setArray(1, con.createArrayOf("text", customerIds.toArray()));
            return select;
        }, rs -> {
            byte[] secret = rs.getBytes(2);
            found.put(rs.getString(1), new CustomerKeys.Lookup(secret == null ? null : new SecretKeySpec(secret, "AES"),
                    rs.getBoolean(3)));
        });
        return found;
    }
}
