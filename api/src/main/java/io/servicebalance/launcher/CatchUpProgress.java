package io.servicebalance.launcher;

import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.simulation.cli.Progress;
import java.io.PrintWriter;
import java.time.Duration;

/** Says on standard error that the contact history lags and shows its catching up as a progress bar. */
final class CatchUpProgress implements ContactHistoryCatchUp.Listener, AutoCloseable {

    private final PrintWriter err;
    private Progress bar;
    private long start;

    CatchUpProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void waiting(Lag lag, Duration limit) {
        err.printf("the contact history read model is %,d events behind the event store (%s);"
                + " waiting up to %d s for it to catch up%n", lag.behind(), lag.position(), limit.toSeconds());
        err.flush();
        start = Math.max(0, lag.processed());
        bar = Progress.always("contact history", Math.max(1, lag.head() - start));
    }

    @Override
    public void progress(Lag lag) {
        bar.stepTo(Math.max(0, lag.processed() - start));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
