package io.servicebalance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.launcher.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchmarkLauncherTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Launcher.commandLine(new BenchmarksCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsEveryBenchmark() {
        assertThat(run("--help")).isZero();
        for (String command : new String[] {"benchmark-write", "benchmark-simulator", "benchmark-plan",
            "benchmark-read", "benchmark-flood", "benchmark-fuzz"}) {
            assertThat(out.toString()).contains("  " + command + " ");
        }
    }

    @Test
    void aBadOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("benchmark-simulator", "--forks", "many")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--forks").contains("many");
    }
}
