package io.servicebalance.rules;

/** A command's business time lies before the last event recorded on its aggregate (rule {@code time-runs-backwards}). */
public final class TimeRunsBackwards extends RuleViolation {

    public static final String RULE = "time-runs-backwards";

    public TimeRunsBackwards(String message) {
        super(RULE, Kind.UNPROCESSABLE, message);
    }
}
