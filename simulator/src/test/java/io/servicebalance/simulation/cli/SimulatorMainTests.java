package io.servicebalance.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.trace.SyntheticTrace;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorMainTests {

    @TempDir
    Path dir;
    Path trace;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTrace() throws IOException {
        trace = dir.resolve("trace.csv");
        try (Writer w = Files.newBufferedWriter(trace)) {
            TraceCsv.write(new SyntheticTrace(Channel.CHAT, 300, 240, null, new double[] {1, 1, 1, 1})
                    .trace(4_000, Instant.parse("2026-03-02T08:00:00Z"), 9), w);
        }
    }

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theTraceReadAheadGivesTheSameJsonAsReadingItAfterTheOptions() {
        String[] args = {"simulate", "--trace", trace.toString(), "--agents", "CHAT=3", "--patience-mean", "CHAT=90s",
            "--replications", "3", "--format", "json"};
        TracePrefetch.start(args);
        assertThat(run(SimulatorMain.commandLine(), args)).isZero();
        String readAhead = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run(new CommandLine(new SimulateCommand()), java.util.Arrays.copyOfRange(args, 1, args.length)))
                .isZero();
        assertThat(readAhead).startsWith("{").contains("\"CHAT\"").isEqualTo(out.toString());
    }

    @Test
    void badOptionsAreOneLineWithExitCodeTwoEvenWhileTheTraceIsReadAhead() {
        String[] args = {"simulate", "--trace", trace.toString(), "--agents", "FAX=2"};
        TracePrefetch.start(args);
        assertThat(run(SimulatorMain.commandLine(), args)).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("servicebalance simulate: ").contains("unknown channel 'FAX'")
                .endsWith("(see 'servicebalance simulate --help')");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMalformedTraceExitsOneNamingTheLineAndField() throws IOException {
        Files.writeString(trace, String.join(",", TraceCsv.HEADER) + "\nc1,u1,GOLD,CHAT,2026-03-02T08:00:00Z,60,,\n");
        String[] args = {"simulate", "--trace", trace.toString(), "--agents", "CHAT=3"};
        TracePrefetch.start(args);
        assertThat(run(SimulatorMain.commandLine(), args)).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "servicebalance: line 2, field tier: 'GOLD' is not one of [PREMIUM, STANDARD, BASIC, CARE]");
    }

    @Test
    void erlangRunsWithoutTheApplication() {
        assertThat(run(SimulatorMain.commandLine(), "erlang", "--arrivals-per-hour", "200", "--aht-seconds", "180",
                "--agents", "14", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"serviceLevel\"");
    }
}
