package io.servicebalance.simulation.engine;

import java.util.Arrays;

/**
 * What happened to each contact of one replication's sample path: its wait and whether it was answered. On the
 * recorded path position {@code k} is trace row {@code k}; on a resampled path ({@link SamplePaths}) a trace row may
 * appear several times or not at all, and {@link #traceRow} says which row each position replays.
 */
public final class Outcomes {

    private final double[] wait;
    private final boolean[] answered;
    private final int[] rows;

    /** One position per trace row, in trace order. */
    public Outcomes(int contacts) {
        this(contacts, null);
    }

    /** One position per contact of a resampled path; {@code rows[k]} is the trace row position k replays. */
    public Outcomes(int[] rows) {
        this(rows.length, rows);
    }

    private Outcomes(int contacts, int[] rows) {
        wait = new double[contacts];
        answered = new boolean[contacts];
        this.rows = rows;
        Arrays.fill(wait, Double.NaN);
    }

    private Outcomes() {
        wait = null;
        answered = null;
        rows = null;
    }

    /** Keeps nothing: for runs whose caller needs only the figures (saves 9 bytes a contact). */
    public static Outcomes discarded() {
        return new Outcomes();
    }

    /** Seconds contact {@code i} waited until answered or until it abandoned; NaN if its channel was not run. */
    public double waitSeconds(int i) {
        return wait[i];
    }

    public boolean answered(int i) {
        return answered[i];
    }

    public boolean abandoned(int i) {
        return !answered[i] && !Double.isNaN(wait[i]);
    }

    /** The trace row that position {@code k} replays. */
    public int traceRow(int k) {
        return rows == null ? k : rows[k];
    }

    public int size() {
        return wait == null ? 0 : wait.length;
    }

    void record(int i, double waitSeconds, boolean wasAnswered) {
        if (wait != null) {
            wait[i] = waitSeconds;
            answered[i] = wasAnswered;
        }
    }
}
