package io.servicebalance.benchmarks.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the SimPy reference model ({@code benchmarks/src/main/python/mmnm_simpy.py}) with the given Python interpreter,
 * when both are there.
 */
final class SimPy {

    record Result(String version, double seconds, double abandonRate, double meanWait) {
    }

    private SimPy() {
    }

    static Optional<Result> run(String python, int contacts, double perHour, double aht, double patience,
                                int agents) {
        Path script = Path.of(System.getProperty("servicebalance.home", "."), "benchmarks", "src", "main", "python",
                "mmnm_simpy.py");
        if (!Files.isReadable(script)) {
            return Optional.empty();
        }
        try {
            String version = exec(python, "-c", "import simpy; print(simpy.__version__)").strip();
            String line = exec(python, script.toString(), Integer.toString(contacts),
                    Double.toString(perHour), Double.toString(aht), Double.toString(patience),
                    Integer.toString(agents), "1");
            JsonNode json = new ObjectMapper().readTree(line);
            return Optional.of(new Result(version, json.path("seconds").asDouble(),
                    json.path("abandonRate").asDouble(), json.path("meanWaitSeconds").asDouble()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(command[0] + " failed");
        }
        return output;
    }
}
