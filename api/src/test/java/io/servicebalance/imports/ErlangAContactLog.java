package io.servicebalance.imports;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An independent contact centre for the import's acceptance test: one PHONE queue, M/M/N+M (Poisson arrivals,
 * exponential handle times in whole seconds, exponential patience), N agents all the time, first come first served,
 * its own little event loop on whole milliseconds. It shares nothing with the project's simulation engine; it writes
 * what it did as the import's three files and knows its own service level and abandon rate.
 */
final class ErlangAContactLog {

    /** One contact as the log records it; answered or abandoned are -1 when they did not happen (ms from start). */
    record Call(int index, long arrived, long answered, long abandoned, long handleSeconds) {
    }

    private record Event(long at, int kind, int call) implements Comparable<Event> {
        static final int ARRIVAL = 0;
        static final int DONE = 1;
        static final int GIVE_UP = 2;

        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Integer.compare(kind, o.kind);
        }
    }

    private final List<Call> calls = new ArrayList<>();

    ErlangAContactLog(long seed, int agents, double perHour, double meanHandleSeconds, double meanPatienceSeconds,
                      long horizonMillis) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> state = new ArrayList<>();
        PriorityQueue<Event> events = new PriorityQueue<>();
        Deque<Integer> waiting = new ArrayDeque<>();
        int free = agents;
        long t = 0;
        while (true) {
            t += Math.max(1, Math.round(exponential(random, 3_600_000.0 / perHour)));
            if (t >= horizonMillis) {
                break;
            }
            events.add(new Event(t, Event.ARRIVAL, state.size()));
            long handle = Math.max(1, Math.round(exponential(random, meanHandleSeconds)));
            long patience = Math.max(1, Math.round(exponential(random, meanPatienceSeconds * 1000)));
            state.add(new long[] {t, -1, -1, handle, patience});
        }
        while (!events.isEmpty()) {
            Event e = events.poll();
            long[] c = state.get(e.call());
            if (e.kind() == Event.ARRIVAL) {
                if (free > 0) {
                    free--;
                    answer(c, e.at(), e.call(), events);
                } else {
                    waiting.addLast(e.call());
                    events.add(new Event(e.at() + c[4], Event.GIVE_UP, e.call()));
                }
            } else if (e.kind() == Event.DONE) {
                Integer next = waiting.pollFirst();
                if (next == null) {
                    free++;
                } else {
                    answer(state.get(next), e.at(), next, events);
                }
            } else if (c[1] < 0 && waiting.remove(e.call())) {
                c[2] = e.at();
            }
        }
        for (int i = 0; i < state.size(); i++) {
            long[] c = state.get(i);
            calls.add(new Call(i, c[0], c[1], c[2], c[3]));
        }
    }

    private static void answer(long[] c, long at, int call, PriorityQueue<Event> events) {
        c[1] = at;
        events.add(new Event(at + c[3] * 1000, Event.DONE, call));
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    List<Call> calls() {
        return calls;
    }

    /** Answered within {@code thresholdSeconds} over answered + abandoned. */
    double serviceLevel(double thresholdSeconds) {
        long decided = calls.stream().filter(c -> c.answered() >= 0 || c.abandoned() >= 0).count();
        long met = calls.stream().filter(c -> c.answered() >= 0 && c.answered() - c.arrived() <= thresholdSeconds * 1000)
                .count();
        return (double) met / decided;
    }

    double abandonRate() {
        long decided = calls.stream().filter(c -> c.answered() >= 0 || c.abandoned() >= 0).count();
        return (double) calls.stream().filter(c -> c.abandoned() >= 0).count() / decided;
    }

    /** The three import files, every instant {@code start} plus the log's milliseconds. */
    String[] files(String prefix, Instant start, int customers) {
        StringBuilder cu = new StringBuilder("customer_id,name,email,tier,account_manager,registered_at,churned_at\n");
        String[] tiers = {"PREMIUM", "STANDARD", "BASIC", "CARE"};
        for (int i = 0; i < customers; i++) {
            cu.append(prefix).append("c-").append(i).append(",Caller ").append(i).append(",caller").append(i)
                    .append("@example.com,").append(tiers[i % tiers.length]).append(",,")
                    .append(start.minusSeconds(86_400)).append(",\n");
        }
        StringBuilder co = new StringBuilder("contact_id,customer_id,channel,type,received_at,answered_at,abandoned_at,"
                + "handle_seconds,rating\n");
        for (Call c : calls) {
            co.append(prefix).append("k-").append(c.index()).append(',').append(prefix).append("c-")
                    .append(c.index() % customers).append(",PHONE,INQUIRY,").append(start.plusMillis(c.arrived()))
                    .append(',').append(c.answered() >= 0 ? start.plusMillis(c.answered()).toString() : "")
                    .append(',').append(c.abandoned() >= 0 ? start.plusMillis(c.abandoned()).toString() : "")
                    .append(',').append(c.answered() >= 0 ? String.valueOf(c.handleSeconds()) : "").append(",\n");
        }
        String purchases = "customer_id,amount,currency,occurred_at\n" + prefix + "c-0,99.00,EUR,"
                + start.plusSeconds(3_600) + "\n";
        return new String[] {cu.toString(), co.toString(), purchases};
    }
}
