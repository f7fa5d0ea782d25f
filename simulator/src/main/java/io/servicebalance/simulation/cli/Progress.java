package io.servicebalance.simulation.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long work (standard output stays clean for JSON); silent for short work.
 * Thread-safe.
 */
public final class Progress implements AutoCloseable {

    /** Below this much work (contacts x replications) nothing is shown. */
    private static final long SHOW_ABOVE = 5_000_000;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param steps the number of {@link #step()} calls to expect
     * @param work  a measure of the whole work, to decide whether a bar is worth showing
     */
    public static Progress of(String task, long steps, long work) {
        if (work < SHOW_ABOVE) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build());
    }

    /** A bar whatever the size of the work. */
    public static Progress always(String task, long steps) {
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build());
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Sets the work done so far. */
    public void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
