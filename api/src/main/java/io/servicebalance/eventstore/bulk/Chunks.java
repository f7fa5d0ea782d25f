package io.servicebalance.eventstore.bulk;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a task over consecutive chunks of a list on every core and hands the results back in the list's order, at most
 * a few chunks ahead of the consumer, so that memory stays flat however long the list is.
 */
final class Chunks<T, R> implements AutoCloseable {

    /** Takes each chunk's result, in order. */
    interface Consumer<R> {
        void accept(R result) throws SQLException;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool;
    private final int size;

    Chunks(int size) {
        this.size = size;
        String name = "bulk-append-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void run(List<T> items, Function<List<T>, R> task, Consumer<R> consumer) throws SQLException {
        ArrayDeque<Future<R>> running = new ArrayDeque<>();
        int next = 0;
        while (next < items.size() || !running.isEmpty()) {
            while (running.size() < 2 * threads && next < items.size()) {
                List<T> chunk = items.subList(next, Math.min(items.size(), next + size));
                running.add(pool.submit(() -> task.apply(chunk)));
                next += chunk.size();
            }
            consumer.accept(result(running.poll()));
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
