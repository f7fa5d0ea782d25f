package io.servicebalance.simulation.engine;

import java.util.SplittableRandom;

/**
 * Seeds for independent random streams, one per (run seed, replication, channel, source). Two policies run on the
 * same seed draw the same numbers for the same contacts: common random numbers.
 */
public final class RandomStreams {

    /** The source of patience draws. */
    public static final int PATIENCE = 1;
    /** The source of the recorded days a resampled sample path is made of (drawn once for all channels). */
    public static final int DAYS = 2;
    /** The source of resampled handle times. */
    public static final int HANDLES = 3;
    /** The source of churn-model coefficient draws (cost models; once per replication, for every policy). */
    public static final int CHURN = 4;

    private RandomStreams() {
    }

    public static SplittableRandom stream(long seed, int replication, int channel, int source) {
        long h = mix(seed);
        h = mix(h ^ (replication + 0x9E3779B97F4A7C15L));
        h = mix(h ^ ((long) channel << 32 | source));
        return new SplittableRandom(h);
    }

    /** The seed of replication {@code r}, for callers that derive their own streams. */
    public static long replicationSeed(long seed, int replication) {
        return mix(mix(seed) ^ (replication + 0x9E3779B97F4A7C15L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
