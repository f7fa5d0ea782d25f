package io.servicebalance.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicebalance.planning.PlanningService;
import io.servicebalance.work.Nodes;
import io.servicebalance.work.WorkClaims;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes on one database: a node that starts (a second server, or a {@code trace}) never fails the simulations a
 * live node runs, and a run whose node died is marked failed by another node, after which the dead node cannot write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationOwnershipIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SimulationRuns runs;
    @Autowired
    PlanningService planningService;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SimulationQueue queue;
    @Autowired
    PlanningProperties planning;

    private UUID runningOn(WorkClaims node) {
        UUID id = UUID.randomUUID();
        runs.queue(id, "{}", 10);
        node.claimNew(SimulationService.KIND, id.toString());
        runs.running(id);
        return id;
    }

    private String status(UUID id) {
        return runs.find(id).orElseThrow().status();
    }

    private SimulationService startNode(WorkClaims claims) {
        return new SimulationService(runs, planningService, queue, planning, claims, transactions);
    }

    @Test
    void aStartingNodeNeverFailsTheSimulationsOfALiveNode() {
        WorkClaims a = Nodes.claims(jdbc, "node-a-" + UUID.randomUUID(), Duration.ofSeconds(30));
        UUID running = runningOn(a);

        startNode(Nodes.claims(jdbc, "node-b-" + UUID.randomUUID(), Duration.ofSeconds(30)));
        startNode(Nodes.claims(jdbc, "node-c-" + UUID.randomUUID(), Duration.ofSeconds(30)));

        assertThat(status(running)).isEqualTo("RUNNING");
        assertThat(a.owns(SimulationService.KIND, running.toString())).isTrue();
    }

    @Test
    void aSimulationWhoseNodeDiedIsMarkedFailedByAnotherNodeAndTheDeadNodeCannotFinishIt() {
        WorkClaims dead = Nodes.claims(jdbc, "node-dead-" + UUID.randomUUID(), Duration.ofMillis(300));
        UUID orphan = runningOn(dead);
        WorkClaims live = Nodes.claims(jdbc, "node-live-" + UUID.randomUUID(), Duration.ofSeconds(30));
        startNode(live);

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            live.recoverAbandoned();
            return status(orphan).equals("FAILED");
        });
        assertThat(runs.find(orphan).orElseThrow().error()).contains("node running it stopped");
        assertThat(runs.succeeded(orphan, dead.node(), "{}", java.util.List.of(), java.util.List.of(),
                java.util.List.of())).isFalse();
        assertThat(status(orphan)).isEqualTo("FAILED");
    }
}
