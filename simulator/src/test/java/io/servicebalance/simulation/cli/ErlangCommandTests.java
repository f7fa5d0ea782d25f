package io.servicebalance.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.simulation.erlang.ErlangC;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErlangCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ErlangCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void jsonOutputCarriesTheErlangCFiguresAndNothingElse() throws Exception {
        assertThat(run("--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "14", "--format", "json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("model").asText()).isEqualTo("erlang-c");
        assertThat(json.get("serviceLevel").asDouble()).isCloseTo(ErlangC.serviceLevel(10, 14, 180, 20), within(1e-15));
        assertThat(json.get("minimumAgentsForTarget").asInt()).isEqualTo(14);
    }

    @Test
    void theTableRoundsItsFigures() {
        assertThat(run("--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "14")).isZero();
        assertThat(out.toString()).contains("probabilityOfWaiting     0.1741\n").contains("serviceLevel             0.8884\n")
                .contains("asaSeconds               7.84\n").contains("occupancy                0.7143\n")
                .contains("offeredLoadErlangs       10.00\n").contains("agents                   14\n");
    }

    @Test
    void patienceSwitchesToErlangA() throws Exception {
        assertThat(run("--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "12",
                "--patience-seconds", "300", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("model").asText()).isEqualTo("erlang-a");
        assertThat(json.get("probabilityOfAbandon").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void everyBadOptionIsListedInOneError() {
        assertThat(run("--arrivals-per-hour", "-1", "--aht-seconds", "0", "--agents", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--arrivals-per-hour must be positive")
                .contains("--aht-seconds must be positive").contains("--agents must be at least 1");
        assertThat(out.toString()).isEmpty();
    }
}
