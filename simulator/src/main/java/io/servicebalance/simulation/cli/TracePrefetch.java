package io.servicebalance.simulation.cli;

import io.servicebalance.simulation.SimulationJson;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceCsv;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts reading {@code simulate}'s trace before the options are even parsed, on a second thread, and loads the
 * JSON writer on a third when JSON is asked for: a short command's wall time is then the longest of the three, not
 * their sum. {@link SimulateCommand} takes the trace from here when it is the same file; every error is reported where
 * it would have been without the head start (options first, then the trace).
 */
final class TracePrefetch {

    private static volatile Path path;
    private static volatile FutureTask<Trace> reading;

    private TracePrefetch() {
    }

    /** Looks at the raw arguments of the whole command line; does nothing unless they run {@code simulate}. */
    static void start(String[] args) {
        if (args.length == 0 || !args[0].equals("simulate")) {
            return;
        }
        String file = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--trace") && i + 1 < args.length) {
                file = args[i + 1];
            } else if (args[i].startsWith("--trace=")) {
                file = args[i].substring("--trace=".length());
            }
            json |= args[i].equals("json") || args[i].equals("--format=json");
        }
        if (file == null) {
            return;
        }
        Path trace = Path.of(file);
        FutureTask<Trace> task = new FutureTask<>(() -> TraceCsv.read(trace));
        path = trace;
        reading = task;
        daemon(task, "trace-reader");
        if (json) {
            daemon(SimulationJson::warmUp, "json-writer-loader");
        }
    }

    /** The trace in this file: the one read ahead when it is this file, else read now. */
    static Trace read(Path file) {
        FutureTask<Trace> task = reading;
        if (task == null || !file.equals(path)) {
            return TraceCsv.read(file);
        }
        reading = null;
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the trace", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
