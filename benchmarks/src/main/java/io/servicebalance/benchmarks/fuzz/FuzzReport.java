package io.servicebalance.benchmarks.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run found: answers by status, server errors (5xx, or no answer at all) and refused requests (4xx)
 * after which the event store held more events than before, each with a few examples to reproduce it.
 */
public final class FuzzReport {

    static final int EXAMPLES = 10;

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private int requests;
    private int serverErrors;
    private int writesOnRefusal;
    private int accepted;

    void record(String request, int status, boolean wroteEvents) {
        requests++;
        statuses.merge(status, 1, Integer::sum);
        if (status >= 200 && status < 300) {
            accepted++;
        }
        if (status >= 500 || status < 100) {
            serverErrors++;
            example(status + " " + request);
        }
        if (status >= 400 && wroteEvents) {
            writesOnRefusal++;
            example("wrote on " + status + ": " + request);
        }
    }

    private void example(String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    public int requests() {
        return requests;
    }

    /** Answers with status 5xx, plus requests that got no HTTP answer at all. */
    public int serverErrors() {
        return serverErrors;
    }

    /** Refused requests (4xx) after which more events were stored than before. */
    public int writesOnRefusal() {
        return writesOnRefusal;
    }

    public int accepted() {
        return accepted;
    }

    /** Status code to count; 0 counts requests without an HTTP answer. */
    public Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    public List<String> examples() {
        return List.copyOf(examples);
    }

    @Override
    public String toString() {
        return "requests=" + requests + " accepted=" + accepted + " 5xx=" + serverErrors + " writesOnRefusal="
                + writesOnRefusal + " statuses=" + statuses + " examples=" + examples;
    }
}
