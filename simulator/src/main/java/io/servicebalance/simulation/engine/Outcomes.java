package io.servicebalance.simulation.engine;

import java.util.Arrays;

/** What happened to each contact of the trace in one replication: its wait and whether it was answered. */
public final class Outcomes {

    private final double[] wait;
    private final boolean[] answered;

    public Outcomes(int contacts) {
        wait = new double[contacts];
        answered = new boolean[contacts];
        Arrays.fill(wait, Double.NaN);
    }

    private Outcomes() {
        wait = null;
        answered = null;
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
