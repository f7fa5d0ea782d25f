package io.servicebalance.benchmarks.simulator;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;

/** Runs one of {@link EngineBenchmarks}' methods under JMH in forked JVMs and reads back the mean and its error. */
final class JmhRuns {

    /** Mean seconds per call and JMH's 99.9% confidence half-width, over every measured iteration of every fork. */
    record Score(double seconds, double error, long samples) {

        @Override
        public String toString() {
            return String.format("%.4f s +- %.4f s per replication (%d samples)", seconds, error, samples);
        }
    }

    private JmhRuns() {
    }

    static Score measure(String method, int contacts, int agents, int forks, int iterations) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EngineBenchmarks.class.getName() + "\\." + method + "$")
                .param("contacts", Integer.toString(contacts))
                .param("agents", Integer.toString(agents))
                .mode(Mode.AverageTime).timeUnit(TimeUnit.SECONDS)
                .forks(forks).warmupIterations(iterations).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                .threads(1).shouldFailOnError(true).verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Result<?> primary = results.iterator().next().getPrimaryResult();
        return new Score(primary.getScore(), primary.getScoreError(), primary.getSampleCount());
    }
}
