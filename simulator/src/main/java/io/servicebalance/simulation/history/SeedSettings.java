package io.servicebalance.simulation.history;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What to seed: {@code customers} customers and {@code days} days of contacts from {@code start}, deterministic for
 * {@code seed}; times of day in {@code zone}. Ids start with {@code idPrefix}, so a second history can be added beside
 * the first.
 */
public record SeedSettings(int customers, int days, long seed, Instant start, ZoneId zone, String idPrefix) {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

    public SeedSettings {
        if (customers < 1 || customers > 999_999) {
            throw new IllegalArgumentException("customers must be between 1 and 999,999");
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be between 1 and 3660");
        }
        if (start == null || zone == null) {
            throw new IllegalArgumentException("start and zone are required");
        }
        idPrefix = idPrefix == null ? "" : idPrefix;
    }

    public Instant end() {
        return start.plusSeconds(days * 86_400L);
    }
}
