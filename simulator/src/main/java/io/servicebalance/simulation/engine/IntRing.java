package io.servicebalance.simulation.engine;

import java.util.Arrays;

/** A growable FIFO ring of ints. */
final class IntRing {

    private int[] items = new int[64];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        return items[head];
    }

    void add(int item) {
        if (size == items.length) {
            int[] grown = new int[items.length * 2];
            int tail = items.length - head;
            System.arraycopy(items, head, grown, 0, tail);
            System.arraycopy(items, 0, grown, tail, head);
            items = grown;
            head = 0;
        }
        items[(head + size++) & (items.length - 1)] = item;
    }

    int poll() {
        int item = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return item;
    }

    void clear() {
        head = 0;
        size = 0;
        Arrays.fill(items, 0);
    }
}
