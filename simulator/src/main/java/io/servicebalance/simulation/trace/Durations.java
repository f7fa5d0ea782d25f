package io.servicebalance.simulation.trace;

import java.math.BigDecimal;

/** Formatting of seconds for CSV files: shortest exact decimal, no exponent. */
final class Durations {

    private Durations() {
    }

    static String plain(double seconds) {
        if (seconds == Math.rint(seconds) && Math.abs(seconds) < 1e15) {
            return Long.toString((long) seconds);
        }
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
