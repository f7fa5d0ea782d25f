package io.servicebalance.simulation.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on standard error (standard output stays clean for JSON): a bar when standard error is a
 * terminal, otherwise a plain line every few seconds (no carriage returns in a log); silent for short work.
 * Thread-safe.
 */
public final class Progress implements AutoCloseable {

    /** Set by the launcher script to whether standard error is a terminal ({@code [ -t 2 ]}). */
    public static final String TERMINAL_PROPERTY = "servicebalance.stderr-terminal";

    /** Below this much work (contacts x replications) nothing is shown. */
    private static final long SHOW_ABOVE = 5_000_000;

    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final ProgressBar bar;
    private final String task;
    private final long steps;
    private final PrintStream lines;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final long lineEveryNanos;
    private final AtomicLong nextLine;

    private Progress(ProgressBar bar, String task, long steps, PrintStream lines, long lineEveryNanos) {
        this.bar = bar;
        this.task = task;
        this.steps = steps;
        this.lines = lines;
        this.lineEveryNanos = lineEveryNanos;
        this.nextLine = new AtomicLong(started + lineEveryNanos);
    }

    /**
     * @param steps the number of {@link #step()} calls to expect
     * @param work  a measure of the whole work, to decide whether progress is worth showing
     */
    public static Progress of(String task, long steps, long work) {
        if (work < SHOW_ABOVE) {
            return new Progress(null, task, steps, null, LINE_EVERY_NANOS);
        }
        return always(task, steps);
    }

    /** Progress whatever the size of the work. */
    public static Progress always(String task, long steps) {
        return toStandardError(task, steps, stderrIsTerminal());
    }

    /** Progress on standard error: a bar on a terminal, plain lines elsewhere. */
    static Progress toStandardError(String task, long steps, boolean terminal) {
        if (terminal) {
            return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build(), task,
                    steps, null, LINE_EVERY_NANOS);
        }
        return new Progress(null, task, steps, System.err, LINE_EVERY_NANOS);
    }

    /** Plain lines on the given stream at most once per {@code every}, for tests. */
    static Progress lines(String task, long steps, PrintStream lines, Duration every) {
        return new Progress(null, task, steps, lines, every.toNanos());
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(TERMINAL_PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    public void step() {
        if (bar != null) {
            bar.step();
            return;
        }
        long count = done.incrementAndGet();
        if (lines == null) {
            return;
        }
        long now = System.nanoTime();
        long due = nextLine.get();
        if (now >= due && nextLine.compareAndSet(due, now + lineEveryNanos)) {
            line(count, now);
        }
    }

    private void line(long count, long now) {
        long seconds = (now - started) / 1_000_000_000L;
        lines.printf("%s: %,d of %,d (%d%%) after %d:%02d%n", task, count, steps, steps == 0 ? 100 : count * 100 / steps,
                seconds / 60, seconds % 60);
        lines.flush();
    }

    public void stepBy(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
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
