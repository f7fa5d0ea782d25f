package io.servicebalance.privacy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The customers' data keys (table {@code customer_key}, one random AES-256 key per customer, created with the
 * customer's first personal field) and their erasures ({@code customer_erasure}). An erased customer has no key and
 * never gets one again. Keys are cached; at most every {@code servicebalance.privacy.erasure-check} a lookup first
 * reads the erasures recorded since the last check (by any node) and drops their keys, so every node stops using an
 * erased key within that time. A key created inside a transaction is cached only once that transaction commits.
 */
@Component
public class CustomerKeys {

    /** What is known of one customer's key: the key, or none; erased when the customer was erased. */
    record Lookup(SecretKey key, boolean erased) {
    }

    private static final int MAX_CACHED = 200_000;
    /** Erasures are read again from this long before the last one seen: transactions commit after their now(). */
    private static final Duration OVERLAP = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final long checkNanos;
    private final ConcurrentHashMap<String, Lookup> cache = new ConcurrentHashMap<>();
    private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());
    private volatile OffsetDateTime erasedSince = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    CustomerKeys(JdbcTemplate jdbc, @Value("${servicebalance.privacy.erasure-check:5s}") Duration erasureCheck) {
        this.jdbc = jdbc;
        this.checkNanos = erasureCheck.toNanos();
    }

    /** The key to encrypt this customer's personal data with, created when missing; null once erased. */
    SecretKey forWriting(String customerId) {
        Lookup found = cached(customerId);
        if (found == null) {
            found = load(customerId);
            if (found.key() == null && !found.erased()) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                jdbc.update("INSERT INTO customer_key (customer_id, secret) SELECT ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM customer_erasure WHERE customer_id = ?) ON CONFLICT (customer_id) DO NOTHING",
                        customerId, secret, customerId);
                found = load(customerId);
            }
            remember(customerId, found);
        }
        return found.key();
    }

    /**
     * Makes sure these customers' keys are cached for writing, with two statements for all of them instead of up to
     * three per customer: the missing keys are created (none for an erased customer) and every key is read. They are
     * created in customer order, so that appenders creating overlapping sets at once lock the key index in one order
     * and never deadlock each other.
     */
    public void prepareForWriting(Collection<String> customerIds) {
        List<String> missing = customerIds.stream().distinct().filter(id -> cached(id) == null).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        byte[][] secrets = new byte[missing.size()][32];
        for (byte[] secret : secrets) {
            random.nextBytes(secret);
        }
        KeyRows.createMissing(jdbc, missing, secrets);
        KeyRows.lookUp(jdbc, missing).forEach(this::remember);
    }

    /** The key this customer's personal data was encrypted with, if it still exists. */
    Lookup forReading(String customerId) {
        Lookup found = cached(customerId);
        if (found == null) {
            found = load(customerId);
            remember(customerId, found);
        }
        return found;
    }

    /** Deletes the customer's key for good and records the erasure; true when this call erased it. */
    boolean erase(String customerId) {
        int recorded = jdbc.update("INSERT INTO customer_erasure (customer_id) VALUES (?) ON CONFLICT DO NOTHING",
                customerId);
        jdbc.update("DELETE FROM customer_key WHERE customer_id = ?", customerId);
        remember(customerId, new Lookup(null, true));
        return recorded == 1;
    }

    private Lookup cached(String customerId) {
        long now = System.nanoTime();
        long next = nextCheck.get();
        if (now - next >= 0 && nextCheck.compareAndSet(next, now + checkNanos)) {
            forgetErased();
        }
        return cache.get(customerId);
    }

    /** Drops the keys of customers erased (on any node) since the last check. */
    private void forgetErased() {
        OffsetDateTime since = erasedSince;
        jdbc.query("SELECT customer_id, erased_at FROM customer_erasure WHERE erased_at > ?", rs -> {
            cache.put(rs.getString(1), new Lookup(null, true));
            OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
            if (at.minus(OVERLAP).isAfter(erasedSince)) {
                erasedSince = at.minus(OVERLAP);
            }
        }, since);
    }

    private Lookup load(String customerId) {
        List<Lookup> rows = jdbc.query("SELECT k.secret, e.customer_id IS NOT NULL FROM (SELECT ?::text AS id) c"
                        + " LEFT JOIN customer_key k ON k.customer_id = c.id"
                        + " LEFT JOIN customer_erasure e ON e.customer_id = c.id",
                (rs, n) -> {
                    byte[] secret = rs.getBytes(1);
                    return new Lookup(secret == null ? null : new SecretKeySpec(secret, "AES"), rs.getBoolean(2));
                }, customerId);
        return rows.get(0);
    }

    /** Caches a lookup: at once outside transactions, else after the commit that made it true for everyone. */
    private void remember(String customerId, Lookup lookup) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(customerId, lookup);
                }
            });
        } else {
            put(customerId, lookup);
        }
    }

    private void put(String customerId, Lookup lookup) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.merge(customerId, lookup, (old, fresh) -> old.erased() ? old : fresh);
    }
}
