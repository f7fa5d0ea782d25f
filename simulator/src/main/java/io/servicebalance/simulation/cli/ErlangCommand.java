package io.servicebalance.simulation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.erlang.ErlangC;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance erlang}: the analytic baseline for one queue, Erlang C, or Erlang A when a mean patience is
 * given. Starts nothing: no database, no web server.
 */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = {"Analytic baseline for one queue: Erlang C (M/M/N), or Erlang A (M/M/N+M) with --patience-seconds.",
            "Example: servicebalance erlang --arrivals-per-hour 200 --aht-seconds 180 --agents 14"})
public class ErlangCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--arrivals-per-hour", required = true, paramLabel = "X", description = "Arrival rate per hour.")
    double arrivalsPerHour;

    @Option(names = "--aht-seconds", required = true, paramLabel = "Y", description = "Mean handle time in seconds.")
    double ahtSeconds;

    @Option(names = "--agents", required = true, paramLabel = "N", description = "Agents staffed.")
    int agents;

    @Option(names = "--patience-seconds", paramLabel = "P",
            description = "Mean patience in seconds: switches to Erlang A (abandonment).")
    Double patienceSeconds;

    @Option(names = "--threshold-seconds", defaultValue = "20", paramLabel = "T",
            description = "Service-level threshold in seconds (default: ${DEFAULT-VALUE}).")
    double thresholdSeconds;

    @Option(names = "--target", defaultValue = "0.8", paramLabel = "F",
            description = "Service-level target as a fraction, for the minimum staffing (default: ${DEFAULT-VALUE}).")
    double target;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        validate();
        Map<String, Object> result = compute();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            result.forEach((k, v) -> out.printf("%-24s %s%n", k, rounded(k, v)));
        }
        out.flush();
        return 0;
    }

    /**
     * The table's figure: probabilities and fractions to 4 decimals, seconds, Erlangs and queue lengths to 2 (the JSON
     * keeps full precision).
     */
    static String rounded(String key, Object value) {
        if (!(value instanceof Double d)) {
            return String.valueOf(value);
        }
        boolean fraction = key.startsWith("probability") || key.equals("serviceLevel") || key.equals("occupancy");
        return String.format(java.util.Locale.ROOT, fraction ? "%.4f" : "%.2f", d);
    }

    private Map<String, Object> compute() {
        double load = arrivalsPerHour / 3600 * ahtSeconds;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("model", patienceSeconds == null ? "erlang-c" : "erlang-a");
        r.put("offeredLoadErlangs", load);
        r.put("agents", agents);
        if (patienceSeconds == null) {
            r.put("probabilityOfWaiting", ErlangC.probabilityOfWaiting(load, agents));
            r.put("serviceLevel", ErlangC.serviceLevel(load, agents, ahtSeconds, thresholdSeconds));
            r.put("thresholdSeconds", thresholdSeconds);
            r.put("asaSeconds", ErlangC.averageSpeedOfAnswer(load, agents, ahtSeconds));
            r.put("occupancy", ErlangC.occupancy(load, agents));
            r.put("minimumAgentsForTarget", ErlangC.minimumAgents(load, ahtSeconds, thresholdSeconds, target));
            r.put("queueGrows", load >= agents);
        } else {
            ErlangA a = ErlangA.of(arrivalsPerHour / 3600, ahtSeconds, patienceSeconds, agents);
            r.put("probabilityOfWaiting", a.probabilityOfWaiting());
            double lambda = arrivalsPerHour / 3600;
            r.put("probabilityOfAbandon", a.probabilityOfAbandon());
            r.put("serviceLevel", ErlangA.serviceLevel(lambda, ahtSeconds, patienceSeconds, agents, thresholdSeconds));
            r.put("thresholdSeconds", thresholdSeconds);
            r.put("asaSeconds", ErlangA.averageSpeedOfAnswer(lambda, ahtSeconds, patienceSeconds, agents));
            r.put("meanWaitSeconds", a.meanWaitSeconds());
            r.put("meanQueue", a.meanQueue());
            r.put("occupancy", a.occupancy());
            r.put("minimumAgentsForTarget", ErlangA.minimumAgents(lambda, ahtSeconds, patienceSeconds,
                    thresholdSeconds, target));
        }
        r.put("squareRootStaffingBeta1", ErlangC.squareRootStaffing(load, 1.0));
        return r;
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        if (!(arrivalsPerHour > 0)) {
            problems.add("--arrivals-per-hour must be positive");
        }
        if (!(ahtSeconds > 0)) {
            problems.add("--aht-seconds must be positive");
        }
        if (agents < 1) {
            problems.add("--agents must be at least 1");
        }
        if (patienceSeconds != null && !(patienceSeconds > 0)) {
            problems.add("--patience-seconds must be positive");
        }
        if (!(thresholdSeconds >= 0)) {
            problems.add("--threshold-seconds must not be negative");
        }
        if (!(target > 0 && target < 1)) {
            problems.add("--target must be between 0 and 1");
        }
        format.check(problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
    }
}
