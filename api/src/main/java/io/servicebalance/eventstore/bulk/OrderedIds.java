package io.servicebalance.eventstore.bulk;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event identifiers for bulk appends: version-7 UUIDs (RFC 9562), time-ordered, so that the unique index on
 * {@code event_identifier} grows at its right edge instead of touching a random page for every row. Unique as a
 * UUID must be: the millisecond, a random number drawn per append, and a counter. Safe for concurrent use.
 */
final class OrderedIds {

    private final long millis = System.currentTimeMillis();
    private final long run = new SplittableRandom(System.nanoTime() ^ millis).nextLong() & 0x3FFF_FFFFL;
    private final AtomicLong counter = new AtomicLong();

    UUID next() {
        long n = counter.getAndIncrement();
        long msb = (millis << 16) | 0x7000L | ((n >>> 32) & 0x0FFFL);
        long lsb = 0x8000_0000_0000_0000L | (run << 32) | (n & 0xFFFF_FFFFL);
        return new UUID(msb, lsb);
    }
}
