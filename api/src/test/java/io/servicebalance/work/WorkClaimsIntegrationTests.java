package io.servicebalance.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes claiming work of one kind on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkClaimsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final String kind = "test-" + UUID.randomUUID();

    /**
     * The pretend nodes leave: while they look alive, the context's own node would count them and hand event
     * processor segments over to them (SegmentBalance), which other tests in this context do not expect.
     */
    @AfterEach
    void pretendNodesLeave() {
        jdbc.update("DELETE FROM work_claim WHERE kind = ?", kind);
        jdbc.update("DELETE FROM work_node WHERE node IN ('node-a', 'node-b', 'node-dead', 'node-live')");
    }

    @Test
    void eachPieceGoesToOneNodeAndALiveNodesClaimIsNeverTaken() {
        WorkClaims a = new WorkClaims(jdbc, "node-a", Duration.ofSeconds(30));
        WorkClaims b = new WorkClaims(jdbc, "node-b", Duration.ofSeconds(30));
        a.offer(kind, "w1");
        a.offer(kind, "w2");

        assertThat(a.claimNext(kind)).hasValue("w1");
        assertThat(b.claimNext(kind)).hasValue("w2");
        assertThat(a.claimNext(kind)).isEmpty();
        assertThat(b.claimAbandoned(kind)).isEmpty();
        assertThat(a.heartbeat()).isEqualTo(1);
        assertThat(b.release(kind, "w1")).isFalse();
        assertThat(a.owns(kind, "w1")).isTrue();
        assertThat(a.release(kind, "w1")).isTrue();
        assertThat(a.mine(kind)).isEmpty();
        assertThat(b.mine(kind)).containsExactly("w2");
    }

    @Test
    void aPieceLockedByAnotherClaimIsSkippedNotWaitedFor() {
        WorkClaims a = new WorkClaims(jdbc, "node-a", Duration.ofSeconds(30));
        WorkClaims b = new WorkClaims(jdbc, "node-b", Duration.ofSeconds(30));
        a.offer(kind, "w1");
        a.offer(kind, "w2");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.queryForList("SELECT work_id FROM work_claim WHERE kind = ? AND work_id = 'w1' FOR UPDATE", kind);
            String[] taken = new String[1];
            Thread other = new Thread(() -> taken[0] = b.claimNext(kind).orElse(null));
            other.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> !other.isAlive());
            assertThat(taken[0]).isEqualTo("w2");
        });
    }

    @Test
    void workWhoseLeaseExpiredIsRecoveredOnceByAnotherNodeAndTheDeadOwnerLosesIt() {
        WorkClaims dead = new WorkClaims(jdbc, "node-dead", Duration.ofMillis(300));
        WorkClaims live = new WorkClaims(jdbc, "node-live", Duration.ofSeconds(30));
        dead.claimNew(kind, "w1");
        java.util.List<String> recovered = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.onAbandoned(kind, recovered::add);

        live.recoverAbandoned();
        assertThat(recovered).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            live.recoverAbandoned();
            return !recovered.isEmpty();
        });
        live.recoverAbandoned();
        assertThat(recovered).containsExactly("w1");
        assertThat(dead.owns(kind, "w1")).isFalse();
        assertThat(dead.release(kind, "w1")).isFalse();
        assertThat(dead.heartbeat()).isZero();
    }
}
