package io.servicebalance.work;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Claimers of other (simulated) nodes for tests in other packages. */
public final class Nodes {

    private Nodes() {
    }

    public static WorkClaims claims(JdbcTemplate jdbc, String node, Duration lease) {
        return new WorkClaims(jdbc, node, lease);
    }
}
