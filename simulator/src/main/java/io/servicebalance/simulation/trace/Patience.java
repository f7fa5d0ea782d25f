package io.servicebalance.simulation.trace;

/**
 * What is known of how long a customer would have waited before abandoning: nothing, exactly {@code seconds} (an
 * abandoned contact), or at least {@code seconds} (a contact answered after waiting that long: censored).
 */
public record Patience(Kind kind, double seconds) {

    /** How much of the patience is known. */
    public enum Kind { UNKNOWN, EXACT, AT_LEAST }

    private static final Patience UNKNOWN = new Patience(Kind.UNKNOWN, Double.NaN);

    public Patience {
        if (kind == null) {
            throw new IllegalArgumentException("patience kind is required");
        }
        if (kind != Kind.UNKNOWN && !(seconds >= 0 && seconds < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("patience must be a finite number of seconds >= 0");
        }
    }

    public static Patience unknown() {
        return UNKNOWN;
    }

    public static Patience exactly(double seconds) {
        return new Patience(Kind.EXACT, seconds);
    }

    public static Patience atLeast(double seconds) {
        return new Patience(Kind.AT_LEAST, seconds);
    }

    /** The CSV form: empty, {@code 300}, or {@code >=45}. */
    @Override
    public String toString() {
        return switch (kind) {
            case UNKNOWN -> "";
            case EXACT -> Durations.plain(seconds);
            case AT_LEAST -> ">=" + Durations.plain(seconds);
        };
    }
}
