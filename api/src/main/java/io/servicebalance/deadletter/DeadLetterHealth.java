package io.servicebalance.deadletter;

import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health is {@value #DEGRADED} (HTTP 200: the node still serves) while dead letters wait: some events are missing
 * from a read model until an admin retries or evicts them.
 */
@Component("deadLettersHealthIndicator")
class DeadLetterHealth implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";
    private final DeadLetters letters;

    DeadLetterHealth(DeadLetters letters) {
        this.letters = letters;
    }

    @Override
    public Health health() {
        Map<String, Long> waiting = letters.waiting();
        boolean any = waiting.values().stream().anyMatch(n -> n > 0);
        return Health.status(any ? new Status(DEGRADED, "dead letters wait: see /api/admin/dead-letters") : Status.UP)
                .withDetails(waiting).build();
    }
}
