package io.servicebalance.launcher;

import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.simulation.cli.Progress;

/** Shows a bulk append's progress (aggregates handled) as a bar on standard error, when there is a terminal. */
public final class ProgressListener implements BulkAppender.Listener, AutoCloseable {

    private final String task;
    private final boolean always;
    private Progress bar;
    private long shown;

    private ProgressListener(String task, boolean always) {
        this.task = task;
        this.always = always;
    }

    /** A bar only when standard output is a terminal (imports may be scripted). */
    public static ProgressListener onTerminal(String task) {
        return new ProgressListener(task, false);
    }

    /** A bar whatever the output. */
    public static ProgressListener always(String task) {
        return new ProgressListener(task, true);
    }

    @Override
    public void started(long aggregates) {
        if (aggregates > 0 && (always || System.console() != null)) {
            bar = Progress.always(task, aggregates);
        }
    }

    @Override
    public void progressed(long aggregates) {
        if (bar != null) {
            bar.stepBy(aggregates - shown);
        }
        shown = aggregates;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
