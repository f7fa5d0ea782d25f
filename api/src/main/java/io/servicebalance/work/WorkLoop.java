package io.servicebalance.work;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A node's worker for one kind of shared work, on one thread: it takes a step of work after another and waits a poll
 * interval when there was none. On stop it is woken, not interrupted (an interrupt would break a database call mid-step
 * and read as the work's failure); a step under way sees {@link #stopping()} and records nothing of its own failure, so
 * its claim is taken over one lease later, as if the node had been killed.
 */
public abstract class WorkLoop implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WorkLoop.class);

    private final String name;
    private final Duration poll;
    private volatile boolean stopping;
    private volatile Thread thread;

    protected WorkLoop(String name, Duration poll) {
        this.name = name;
        this.poll = poll;
    }

    /** One piece of work; false when there was none. */
    protected abstract boolean step();

    /** True from the moment the node starts stopping: failures then are the shutdown's, not the work's. */
    protected final boolean stopping() {
        return stopping;
    }

    @Override
    public void start() {
        stopping = false;
        Thread t = new Thread(this::loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        stopping = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void loop() {
        while (!stopping) {
            boolean worked = false;
            try {
                worked = step();
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warn("the {} failed (retried): {}", name, e.toString());
                }
            }
            if (!worked && !stopping) {
                LockSupport.parkNanos(poll.toNanos());
            }
        }
    }
}
