package io.servicebalance.simulation.engine;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;

/**
 * The contacts waiting on one channel, one FIFO ring per tier. Abandoned contacts are skipped when they reach the head
 * (lazy removal). Under TIER_AGING the priority weight + (now - arrival) x rate orders contacts like the static key
 * weight - arrival x rate, so each tier's head is its best contact and a choice costs one look per tier.
 */
final class WaitingLine {

    private final IntRing[] rings = new IntRing[ServiceTier.values().length];
    private final Discipline discipline;
    private final int[] order;
    private final double[] weight;
    private final double aging;
    private final byte[] tier;
    private final double[] arrival;
    private final byte[] state;

    WaitingLine(Policy policy, byte[] tier, double[] arrival, byte[] state) {
        this.discipline = policy.discipline();
        this.order = policy.tierOrder().stream().mapToInt(Enum::ordinal).toArray();
        this.weight = new double[rings.length];
        policy.tierWeights().forEach((t, w) -> weight[t.ordinal()] = w);
        this.aging = policy.agingPerSecond();
        this.tier = tier;
        this.arrival = arrival;
        this.state = state;
        for (int t = 0; t < rings.length; t++) {
            rings[t] = new IntRing();
        }
    }

    void add(int contact) {
        rings[discipline == Discipline.FIFO ? 0 : tier[contact]].add(contact);
    }

    /** Removes and returns the next contact to answer; the caller knows someone is waiting. */
    int next() {
        return switch (discipline) {
            case FIFO -> head(rings[0]);
            case TIER_STRICT -> strict();
            case TIER_AGING -> aged();
        };
    }

    private int strict() {
        for (int t : order) {
            if (head(rings[t]) >= 0) {
                return rings[t].poll();
            }
        }
        throw new IllegalStateException("no contact is waiting");
    }

    private int aged() {
        int best = -1;
        double bestKey = Double.NEGATIVE_INFINITY;
        for (int t : order) {
            int h = head(rings[t]);
            if (h >= 0) {
                double key = weight[t] - arrival[h] * aging;
                if (best < 0 || key > bestKey) {
                    best = t;
                    bestKey = key;
                }
            }
        }
        return rings[best].poll();
    }

    /** The live head of a ring, dropping abandoned contacts; -1 when none. For FIFO it is also removed. */
    private int head(IntRing ring) {
        while (!ring.isEmpty() && state[ring.peek()] != ChannelRun.WAITING) {
            ring.poll();
        }
        if (ring.isEmpty()) {
            return -1;
        }
        return discipline == Discipline.FIFO ? ring.poll() : ring.peek();
    }
}
