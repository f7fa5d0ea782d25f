package io.servicebalance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LauncherTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Launcher.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve").contains("Usage: servicebalance");
        for (String command : new String[] {"demo", "seed", "plan", "simulate", "erlang", "import"}) {
            assertThat(out.toString()).contains("  " + command + " ");
        }
        assertThat(out.toString()).doesNotContain("  benchmark-").contains("'./servicebalance benchmarks' lists them");
    }

    @Test
    void anInvalidScenarioIsOneLineListingEveryProblemAndWritesNothing(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path dir) throws Exception {
        java.nio.file.Path scenario = dir.resolve("bad.json");
        java.nio.file.Files.writeString(scenario, """
                {"historical": {"source": "seeded"}, "grid": {},
                 "costs": {"agentPerHour": {"PHONE": -1, "FAX": 2}}}""");
        java.nio.file.Path out = dir.resolve("out");
        assertThat(run("plan", "--scenario", scenario.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("grid is empty").contains("unknown channel 'FAX'")
                .contains("costs.agentPerHour.PHONE must not be negative");
        assertThat(out).doesNotExist();
    }

    @Test
    void planRefusesAGridOverTheLimitNamingTheOptionBeforeStartingAnything(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path dir) throws Exception {
        java.nio.file.Path scenario = dir.resolve("big.json");
        java.nio.file.Files.writeString(scenario, """
                {"replications": 1000, "historical": {"source": "seeded"},
                 "grid": {"agents": {"PHONE": {"scale": [0.5, 1, 1.5]}}, "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 30}}}""");
        java.nio.file.Path out = dir.resolve("out");
        assertThat(run("plan", "--scenario", scenario.toString(), "--out", out.toString(), "--max-policies", "5",
                "--max-steps", "100000")).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("grid: 6 policies asked (the product of the grid's axes); the limit is 5"
                + " (--max-policies)");
        assertThat(out).doesNotExist();
    }

    @Test
    void planComparesTwoOutputDirectoriesWithDeltasAgainstTheFirst(@org.junit.jupiter.api.io.TempDir
                                                                   java.nio.file.Path dir) throws Exception {
        java.nio.file.Path a = java.nio.file.Files.createDirectories(dir.resolve("a"));
        java.nio.file.Path b = java.nio.file.Files.createDirectories(dir.resolve("b"));
        java.nio.file.Files.writeString(a.resolve("report.json"), report("PHONE x1", 1000, 0.80));
        java.nio.file.Files.writeString(b.resolve("report.json"), report("PHONE x1.25", 900, 0.85));
        assertThat(run("plan", "--compare", a.toString(), b.toString())).isZero();
        assertThat(out.toString()).contains("(balance point PHONE x1) against " + b + " (balance point PHONE x1.25)")
                .containsPattern("totalCost +1,000.0000 +900.0000 +-100.0000")
                .containsPattern("serviceLevel +0.8000 +0.8500 +0.0500")
                .containsPattern("PHONE asaSeconds +12.0000 +12.0000 +0.0000");
    }

    @Test
    void planCompareNamesARunThatIsNeitherADirectoryNorASavedRun(@org.junit.jupiter.api.io.TempDir
                                                                java.nio.file.Path dir) {
        assertThat(run("plan", "--compare", dir.resolve("nothing").toString(), "other")).isEqualTo(1);
        assertThat(err.toString()).contains("--compare: " + dir.resolve("nothing") + " is neither a directory"
                + " holding a report.json nor the id of a saved simulation");
        assertThat(run("plan")).isEqualTo(1);
        assertThat(err.toString()).contains("give either --scenario FILE or --compare RUN_A RUN_B");
    }

    private static String report(String policy, double total, double serviceLevel) {
        String figures = """
                {"policy": "%s", "totalCost": {"mean": %s, "ci95": 5}, "serviceLevel": {"mean": %s, "ci95": null},
                 "costs": {"churn": {"mean": 10}}, "channels": {"PHONE": {"asaSeconds": {"mean": 12}}}}"""
                .formatted(policy, total, serviceLevel);
        return "{\"scenario\": \"s\", \"currency\": \"EUR\", \"balancePoint\": " + figures
                + ", \"historical\": " + figures + "}";
    }

    @Test
    void seedRefusesNonsenseSizesBeforeStartingAnything() {
        assertThat(run("seed", "--customers", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("customers must be between 1 and 999,999");
        assertThat(run("seed", "--start", "yesterday")).isEqualTo(2);
    }

    @Test
    void picocliGeneratesTheShellCompletionOfEverySubcommand() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F").contains("servicebalance").contains("demo")
                .contains("--arrivals-per-hour").contains("--verbose");
    }

    @org.junit.jupiter.api.AfterEach
    void quietAgain() {
        System.clearProperty(LoggingOptions.LEVEL);
        System.clearProperty("spring.main.log-startup-info");
    }

    @Test
    void verboseIsAcceptedByEverySubcommand() {
        assertThat(run("erlang", "--verbose", "--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "14"))
                .isZero();
        assertThat(run("--verbose", "erlang", "--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "14"))
                .isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(System.getProperty(LoggingOptions.LEVEL)).isEqualTo("INFO");
    }

    @Test
    void importNamesAMissingFileBeforeStartingAnything() {
        assertThat(run("import", "--customers", "no-such-customers.csv", "--contacts", "no-such-contacts.csv"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--customers no-such-customers.csv cannot be read");
        assertThat(run("import", "--contacts", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--customers");
    }

    @Test
    void unknownOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("servicebalance: Unknown option: '--bogus' (see 'servicebalance --help')");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void unknownSubcommandIsRejected() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate").doesNotContain("Exception");
    }

    @Test
    void servePortOutOfRangeIsRejectedBeforeAnythingStarts() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("servicebalance serve: --port must be between 0 and 65535, not 70000 (see 'servicebalance serve --help')");
    }

    @Test
    void servePortThatIsNotANumberIsRejected() {
        assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port").contains("eighty");
    }

    @Test
    void oneLineKeepsTheDeepestCauseOnOneLine() {
        RuntimeException failure = new RuntimeException("outer", new IllegalStateException("inner\n  detail"));
        assertThat(OneLine.of(failure)).isEqualTo("inner detail");
        assertThat(OneLine.of(new CommandFailed("as said"))).isEqualTo("as said");
    }
}
