package io.servicebalance.simulation.engine;

import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.policy.Policy;
import java.time.zone.ZoneRules;

/**
 * One replication of one channel: arrivals from the trace, an agent pool of (agents x concurrency) slots following the
 * staffing schedule, a waiting line under the policy's discipline, and abandonment when patience runs out. Ties are
 * taken in the order abandon, completion, staffing change, arrival.
 */
public final class ChannelRun {

    static final byte WAITING = 0;
    static final byte SERVED = 1;
    static final byte ABANDONED = 2;

    private final ChannelTrace trace;
    private final double[] patience;
    private final double[] threshold = new double[ServiceTier.values().length];
    private final StaffingClock staffing;
    private final WaitingLine line;
    private final byte[] state;
    private final TimeHeap completions = new TimeHeap();
    private final TimeHeap deadlines = new TimeHeap();
    private final ChannelTally tally = new ChannelTally();
    private final Outcomes outcomes;
    private final BusyClock clock;
    private int capacity;
    private int busy;
    private int waiting;

    /**
     * @param patience seconds each local contact would wait, +infinity for never
     * @param outcomes where each contact's wait and fate are written, by trace row
     */
    public ChannelRun(ChannelTrace trace, Policy policy, double[] patience, Outcomes outcomes) {
        this.trace = trace;
        this.patience = patience;
        this.outcomes = outcomes;
        for (ServiceTier t : ServiceTier.values()) {
            threshold[t.ordinal()] = policy.thresholdSeconds(trace.channel, t);
        }
        int concurrency = policy.concurrency(trace.channel);
        this.staffing = new StaffingClock(policy.staffing().get(trace.channel), trace.origin, trace.zone,
                concurrency);
        this.state = new byte[trace.size()];
        this.line = new WaitingLine(policy, threshold, policy.thresholds().get(trace.channel), trace.tier, trace.arrival, state);
        this.capacity = staffing.initialCapacity();
        ZoneRules rules = trace.zone.getRules();
        this.clock = new BusyClock(trace.origin.getEpochSecond() + trace.origin.getNano() / 1e9, rules, tally);
    }

    public ChannelResult run() {
        int n = trace.size();
        int next = 0;
        int waitingAtLastArrival = 0;
        double staffedByLastArrival = 0;
        while (true) {
            double ta = next < n ? trace.arrival[next] : Double.POSITIVE_INFINITY;
            double tc = completions.peekTime();
            double tb = deadlines.peekTime();
            if (ta == Double.POSITIVE_INFINITY && tc == Double.POSITIVE_INFINITY && waiting == 0) {
                break;
            }
            double ts = staffing.nextChange();
            if (tb <= tc && tb <= ts && tb <= ta) {
                clock.advance(tb, busy, capacity);
                abandon(tb);
            } else if (tc <= ts && tc <= ta) {
                clock.advance(tc, busy, capacity);
                completions.pop();
                busy--;
                startWhilePossible(tc);
            } else if (ts <= ta) {
                clock.advance(ts, busy, capacity);
                capacity = staffing.takeChange();
                startWhilePossible(ts);
            } else {
                clock.advance(ta, busy, capacity);
                arrive(next++, ta);
                if (next == n) {
                    waitingAtLastArrival = waiting;
                    staffedByLastArrival = sum(tally.staffedArea);
                }
            }
        }
        return ChannelResult.of(trace, tally, staffedByLastArrival, waitingAtLastArrival);
    }

    private void arrive(int j, double now) {
        if (busy < capacity && waiting == 0) {
            start(j, now);
            return;
        }
        double p = patience[j];
        if (p <= 0) {
            state[j] = ABANDONED;
            tally.abandoned(trace.tier[j], trace.hour[j], 0);
            outcomes.record(trace.index[j], 0, false);
            return;
        }
        line.add(j);
        waiting++;
        tally.queueLength(trace.hour[j], waiting);
        if (p < Double.POSITIVE_INFINITY) {
            deadlines.push(now + p, j);
        }
    }

    private void abandon(double now) {
        int j = deadlines.peekPayload();
        deadlines.pop();
        if (state[j] != WAITING) {
            return;
        }
        state[j] = ABANDONED;
        waiting--;
        double wait = now - trace.arrival[j];
        tally.abandoned(trace.tier[j], trace.hour[j], wait);
        outcomes.record(trace.index[j], wait, false);
    }

    private void startWhilePossible(double now) {
        while (busy < capacity && waiting > 0) {
            int j = line.next(now);
            waiting--;
            start(j, now);
        }
    }

    private void start(int j, double now) {
        state[j] = SERVED;
        busy++;
        double wait = now - trace.arrival[j];
        tally.answered(trace.tier[j], trace.hour[j], wait, wait <= threshold[trace.tier[j]]);
        outcomes.record(trace.index[j], wait, true);
        completions.push(now + trace.handle[j], j);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
