package io.servicebalance.simulation.plan;

import java.util.List;

/**
 * A priced sweep: every policy in grid order, the index of the balance point, and the historical policy replayed
 * (also priced, so savings can be stated against it).
 */
public record PlanResult(String scenario, String currency, int replications, long seed, List<PolicyResult> policies,
                         int balancePoint, PolicyResult historical) {

    public PolicyResult best() {
        return policies.get(balancePoint);
    }
}
