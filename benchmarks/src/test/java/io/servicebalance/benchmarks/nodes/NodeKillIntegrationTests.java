package io.servicebalance.benchmarks.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.benchmarks.server.ServerProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's acceptance with real processes: two {@code serve} JVMs on one PostgreSQL (started by this test, so that
 * no application context of the test JVM is a node of theirs) with a short lease. A simulation submitted to A while A
 * is killed with SIGKILL is finished by B with the result a one-node plan of the same scenario and seed has, byte for
 * byte; A started again takes none of the work B is running. This JVM only seeds the history and plans the one-node
 * reference, without a web server (so it runs no sweep work).
 */
class NodeKillIntegrationTests {

    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration START = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void aSimulationWhoseNodeIsKilledIsFinishedByTheOtherAndTheRestartedNodeTakesNoneOfItsWork() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off").start();
             ConfigurableApplicationContext planner = NodeRuns.planner(postgres)) {
            JdbcTemplate jdbc = planner.getBean(JdbcTemplate.class);
            NodeRuns runs = new NodeRuns(jdbc);
            NodeRuns.seed(planner);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (ServerProcess a = node(url, "a"); ServerProcess b = node(url, "b")) {
                a.launch();
                b.launch();
                a.awaitHealthy(START);
                b.awaitHealthy(START);

                String scenario = NodeRuns.scenario(10, 300);
                UUID run = runs.submit(a, scenario);
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                        .until(() -> runs.holdsJob(a.pid(), run));
                String killed = runs.node(a.pid());
                assertThat(a.kill()).as("killed by SIGKILL").isEqualTo(137);
                assertThat(runs.status(run)).as("A died mid-sweep").isEqualTo("RUNNING");

                runs.awaitSucceeded(run);
                assertThat(runs.mergedBy(run)).isEqualTo(runs.node(b.pid())).isNotEqualTo(killed);
                assertThat(runs.claimsOf(killed)).isEmpty();
                runs.assertOneNodeResult(planner, run, scenario);

                aRestartTakesNoneOfTheWorkOfALiveNode(runs, a, b);
            }
        }
    }

    /**
     * B runs sweeps while A starts again (a new one whenever the last ends: a start can take minutes on a loaded
     * machine); from A's launch until two leases after A answers, every claim B holds keeps its owner and attempts.
     */
    private void aRestartTakesNoneOfTheWorkOfALiveNode(NodeRuns runs, ServerProcess a, ServerProcess b)
            throws Exception {
        String scenario = NodeRuns.scenario(50, 1000);
        UUID[] run = {runs.submit(b, scenario)};
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> runs.holdsJob(b.pid(), run[0]));
        String live = runs.node(b.pid());
        Map<String, Map<String, Object>> held = new HashMap<>();
        a.launch();
        await().atMost(START).pollInterval(Duration.ofMillis(100)).until(() -> {
            runs.assertUnchanged(held, live);
            run[0] = runs.finished(run[0]) ? runs.submit(b, scenario) : run[0];
            return a.healthy();
        });
        boolean[] busy = {false};
        await().during(LEASE.multipliedBy(2)).atMost(LEASE.multipliedBy(2).plusMinutes(1))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    busy[0] |= runs.assertUnchanged(held, live);
                    run[0] = runs.finished(run[0]) ? runs.submit(b, scenario) : run[0];
                    return true;
                });
        assertThat(busy[0]).as("B held work while the restarted A was up").isTrue();
        assertThat(runs.claimsOf(live)).as("B still holds its work").isNotEmpty();
        runs.cancel(b, run[0]);
    }

    private ServerProcess node(String url, String name) throws Exception {
        return ServerProcess.onDatabase(url, "postgres", "", ServerProcess.freePort(), dir.resolve(name + ".log"),
                Map.of("SERVICEBALANCE_WORK_LEASE", LEASE.toMillis() + "ms", "SERVICEBALANCE_WORK_POLL", "100ms",
                        "SERVICEBALANCE_WORK_SWEEP_JOBS", "12"));
    }
}
