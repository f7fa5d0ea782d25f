package io.servicebalance.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTests {

    @TempDir
    Path dir;
    Path trace;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void writeTrace() throws IOException {
        trace = dir.resolve("trace.csv");
        try (Writer w = Files.newBufferedWriter(trace)) {
            TraceCsv.write(new SyntheticTrace(Channel.PHONE, 200, 180, null, new double[] {0.2, 0.5, 0.2, 0.1})
                    .trace(3_000, Instant.parse("2026-03-02T08:00:00Z"), 5), w);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new SimulateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void jsonFollowsTheDocumentedContract() throws IOException {
        assertThat(run("--trace", trace.toString(), "--agents", "PHONE=13", "--patience-mean", "PHONE=300s",
                "--replications", "4", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode phone = json.path("channels").path("PHONE");
        List<String> keys = List.of("offered", "answered", "abandoned", "serviceLevel", "asaSeconds",
                "meanWaitSeconds", "abandonRate", "occupancy");
        keys.forEach(k -> assertThat(phone.path(k).isNumber()).as(k).isTrue());
        keys.forEach(k -> assertThat(phone.path("ci95").path(k).isNumber()).as("ci95 " + k).isTrue());
        assertThat(phone.path("offered").asInt()).isEqualTo(3_000);
        assertThat(phone.path("byTier").path("PREMIUM").path("serviceLevel").isNumber()).isTrue();
        assertThat(phone.path("byTier").path("PREMIUM").path("ci95").path("abandonRate").isNumber()).isTrue();
        assertThat(phone.path("byHour")).hasSize(24);
        assertThat(json.path("replications").asInt()).isEqualTo(4);
    }

    @Test
    void theSameSeedPrintsByteIdenticalJson() {
        String[] args = {"--trace", trace.toString(), "--agents", "PHONE=12", "--priority", "TIER_AGING",
            "--patience-mean", "PHONE=2m", "--replications", "3", "--seed", "77", "--format", "json"};
        run(args);
        String first = out.toString();
        run(args);
        assertThat(out.toString()).isEqualTo(first);
        assertThat(first).startsWith("{").endsWith("}" + System.lineSeparator());
    }

    @Test
    void resampledHandleTimesVaryBetweenReplicationsWhereRecordedOnesDoNot() throws IOException {
        run("--trace", trace.toString(), "--agents", "PHONE=14", "--replications", "3", "--format", "json");
        JsonNode recorded = new ObjectMapper().readTree(out.toString()).path("channels").path("PHONE");
        run("--trace", trace.toString(), "--agents", "PHONE=14", "--replications", "3", "--handle-times", "resample",
                "--arrivals", "bootstrap-days", "--format", "json");
        JsonNode resampled = new ObjectMapper().readTree(out.toString()).path("channels").path("PHONE");
        assertThat(recorded.path("ci95").path("occupancy").asDouble()).isZero();
        assertThat(resampled.path("ci95").path("occupancy").asDouble()).isPositive();
        assertThat(run("--trace", trace.toString(), "--agents", "PHONE=14", "--handle-times", "shuffle",
                "--arrivals", "replay")).isEqualTo(2);
        assertThat(err.toString()).contains("--handle-times must be recorded or resample")
                .contains("--arrivals must be recorded or bootstrap-days");
    }

    @Test
    void oneReplicationHasNoConfidenceBlock() throws IOException {
        run("--trace", trace.toString(), "--agents", "PHONE=14", "--format", "json");
        assertThat(new ObjectMapper().readTree(out.toString()).path("channels").path("PHONE").has("ci95")).isFalse();
    }

    @Test
    void everyBadOptionIsListedInOneError() {
        int exit = run("--trace", trace.toString(), "--agents", "PHONE=x,FAX=3", "--priority", "LOUDEST",
                "--threshold", "PHONE=soon", "--replications", "0");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("--replications must be at least 1")
                .contains("--agents PHONE: 'x' is not a whole number of agents")
                .contains("--agents: unknown channel 'FAX'")
                .contains("--priority must be one of [FIFO, TIER_STRICT, TIER_AGING, TIER_TARGET]")
                .contains("--threshold PHONE: 'soon' is not a duration");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void zeroAgentsForAChannelWithContactsIsRefused() {
        CommandLine cli = new CommandLine(new SimulateCommand());
        StringWriter errors = new StringWriter();
        cli.setErr(new PrintWriter(errors, true));
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(ex.getMessage());
            return 1;
        });
        assertThat(cli.execute("--trace", trace.toString(), "--agents", "PHONE=0")).isEqualTo(1);
        assertThat(errors.toString()).contains("PHONE has 3000 contacts but zero agents");
    }

    @Test
    void tableShowsChannelsAndTiers() {
        assertThat(run("--trace", trace.toString(), "--agents", "PHONE=14")).isZero();
        assertThat(out.toString()).contains("PHONE").contains("  PREMIUM").contains("offered");
    }
}
