package io.servicebalance.benchmarks.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One whole process run under GNU time: wall seconds, CPU seconds (user + system, all threads) and peak resident set
 * size (the largest of the process and the processes it waited for), with its standard output kept.
 */
record MeasuredRun(double seconds, double cpuSeconds, long peakKib, String output) {

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    static MeasuredRun of(Path workDir, List<String> command) throws IOException, InterruptedException {
        Path times = Files.createTempFile(workDir, "time", ".txt");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o",
                times.toString()));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + exit + "): "
                    + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
        String[] measured = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(times);
        Files.delete(out);
        Files.delete(err);
        int n = measured.length;
        return new MeasuredRun(Double.parseDouble(measured[n - 4]),
                Double.parseDouble(measured[n - 3]) + Double.parseDouble(measured[n - 2]),
                Long.parseLong(measured[n - 1]), output);
    }

    double peakMiB() {
        return peakKib / 1024.0;
    }
}
