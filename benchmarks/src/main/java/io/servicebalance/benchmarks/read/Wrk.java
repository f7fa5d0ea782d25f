package io.servicebalance.benchmarks.read;

import io.servicebalance.launcher.CommandFailed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package {@code wrk}) against one URL and reads back latency percentiles and throughput. */
final class Wrk {

    /** One wrk run: median and 99th percentile latency in milliseconds, requests per second, non-2xx answers. */
    record Result(double p50Millis, double p99Millis, double requestsPerSecond, long errors) {
    }

    private Wrk() {
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(String url, String authorization, int connections, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "-H", "Authorization: " + authorization, url).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new CommandFailed("wrk failed: " + output.strip());
        }
        return new Result(millis(output, "50%"), millis(output, "99%"), number(output, "Requests/sec:\\s+([\\d.]+)"),
                (long) numberOr(output, "Non-2xx or 3xx responses:\\s+(\\d+)", 0));
    }

    private static double millis(String output, String percentile) {
        Matcher m = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            throw new CommandFailed("wrk printed no " + percentile + " latency");
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new CommandFailed("wrk output not understood: " + output.strip());
        }
        return Double.parseDouble(m.group(1));
    }

    private static double numberOr(String output, String regex, double otherwise) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
    }
}
