package io.servicebalance.simulation.engine;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;

/**
 * The contacts waiting on one channel, one FIFO ring per tier. Abandoned contacts are skipped when they reach the head
 * (lazy removal). Under TIER_AGING the priority weight + (now - arrival) x rate orders contacts like the static key
 * weight - arrival x rate, so each tier's head is its best contact and a choice costs one look per tier. Under
 * TIER_TARGET the due time (arrival + the tier's threshold) orders a tier's contacts the same way, so the contact with
 * least slack is again one of the heads; contacts past their tier's target wait in a second ring per tier (due by the
 * channel's own threshold where the tier's is tighter), and contacts past both in a third, in the same order. Nothing
 * is allocated per contact.
 */
final class WaitingLine {

    private final IntRing[] rings = new IntRing[ServiceTier.values().length];
    private final IntRing[] second = new IntRing[ServiceTier.values().length];
    private final IntRing[] late = new IntRing[ServiceTier.values().length];
    private final Discipline discipline;
    private final int[] order;
    private final double[] weight;
    private final double aging;
    private final double[] due;
    private final double[] channelDue;
    private final byte[] tier;
    private final double[] arrival;
    private final byte[] state;

    /**
     * @param threshold        seconds within which a contact of each tier (by ordinal) should be answered
     * @param channelThreshold the channel's own threshold, which a contact past a tighter tier target still meets
     */
    WaitingLine(Policy policy, double[] threshold, double channelThreshold, byte[] tier, double[] arrival,
                byte[] state) {
        this.discipline = policy.discipline();
        this.order = policy.tierOrder().stream().mapToInt(Enum::ordinal).toArray();
        this.weight = new double[rings.length];
        policy.tierWeights().forEach((t, w) -> weight[t.ordinal()] = w);
        this.aging = policy.agingPerSecond();
        this.due = threshold.clone();
        this.channelDue = new double[rings.length];
        for (int t = 0; t < rings.length; t++) {
            channelDue[t] = Math.max(threshold[t], channelThreshold);
        }
        this.tier = tier;
        this.arrival = arrival;
        this.state = state;
        for (int t = 0; t < rings.length; t++) {
            rings[t] = new IntRing();
            second[t] = new IntRing();
            late[t] = new IntRing();
        }
    }

    void add(int contact) {
        rings[discipline == Discipline.FIFO ? 0 : tier[contact]].add(contact);
    }

    /** Removes and returns the next contact to answer at {@code now}; the caller knows someone is waiting. */
    int next(double now) {
        return switch (discipline) {
            case FIFO -> head(rings[0]);
            case TIER_STRICT -> strict();
            case TIER_AGING -> aged();
            case TIER_TARGET -> leastSlack(now);
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

    /**
     * The least slack (due - now) among contacts that can still meet a target: first their tier's, then, where that is
     * tighter, the channel's; when none can, the one furthest past it. A head whose due time has passed moves on to
     * its tier's next ring, so each contact moves at most twice.
     */
    private int leastSlack(double now) {
        int best = -1;
        IntRing from = null;
        double bestDue = Double.POSITIVE_INFINITY;
        for (int t : order) {
            int h = moveOverdue(rings[t], due[t], second[t], now);
            if (h >= 0 && arrival[h] + due[t] < bestDue) {
                from = rings[t];
                bestDue = arrival[h] + due[t];
            }
            h = moveOverdue(second[t], channelDue[t], late[t], now);
            if (h >= 0 && arrival[h] + channelDue[t] < bestDue) {
                from = second[t];
                bestDue = arrival[h] + channelDue[t];
            }
        }
        if (from != null) {
            return from.poll();
        }
        for (int t : order) {
            int h = head(late[t]);
            if (h >= 0 && (best < 0 || arrival[h] + channelDue[t] < bestDue)) {
                best = t;
                bestDue = arrival[h] + channelDue[t];
            }
        }
        return late[best].poll();
    }

    /** Moves the ring's heads that are past {@code seconds} after arrival to {@code next}; the live head or -1. */
    private int moveOverdue(IntRing ring, double seconds, IntRing next, double now) {
        int h = head(ring);
        while (h >= 0 && arrival[h] + seconds < now) {
            next.add(ring.poll());
            h = head(ring);
        }
        return h;
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
