package io.servicebalance.benchmarks.simulator;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The plain, straightforward M/M/N+M simulation a developer would write first: event objects in a
 * {@link PriorityQueue}, customers as objects in a deque, abandonment by removing them from the queue. The benchmark
 * runs it beside the engine as a reference for speed and for the figures.
 */
final class NaiveQueue {

    private record Event(double time, int kind, Customer customer) {
    }

    private static final class Customer {
        final double arrival;
        boolean waiting = true;

        Customer(double arrival) {
            this.arrival = arrival;
        }
    }

    /** Returns {abandon rate, mean wait of all}. */
    static double[] run(int contacts, double perHour, double aht, double patience, int agents, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> Double.compare(a.time, b.time));
        ArrayDeque<Customer> queue = new ArrayDeque<>();
        int busy = 0;
        int arrived = 0;
        int abandoned = 0;
        double waits = 0;
        events.add(new Event(exp(random, 3600 / perHour), 0, null));
        while (!events.isEmpty()) {
            Event e = events.poll();
            if (e.kind == 0) {
                arrived++;
                if (arrived < contacts) {
                    events.add(new Event(e.time + exp(random, 3600 / perHour), 0, null));
                }
                Customer c = new Customer(e.time);
                if (busy < agents) {
                    busy++;
                    c.waiting = false;
                    events.add(new Event(e.time + exp(random, aht), 1, c));
                } else {
                    queue.add(c);
                    events.add(new Event(e.time + exp(random, patience), 2, c));
                }
            } else if (e.kind == 1) {
                busy--;
                Customer next = queue.poll();
                if (next != null) {
                    busy++;
                    next.waiting = false;
                    waits += e.time - next.arrival;
                    events.add(new Event(e.time + exp(random, aht), 1, next));
                }
            } else if (e.customer.waiting) {
                e.customer.waiting = false;
                queue.remove(e.customer);
                abandoned++;
                waits += e.time - e.customer.arrival;
            }
        }
        return new double[] {abandoned / (double) contacts, waits / contacts};
    }

    private static double exp(SplittableRandom random, double mean) {
        return -mean * Math.log1p(-random.nextDouble());
    }
}
