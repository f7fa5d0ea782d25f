package io.servicebalance.work;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a node's claim on work lasts without a heartbeat.
 *
 * @param lease a claim not renewed for this long was left by a dead node (default 30 s; heartbeats every third)
 */
@ConfigurationProperties("servicebalance.work")
public record WorkProperties(Duration lease) {

    public WorkProperties {
        if (lease == null) {
            lease = Duration.ofSeconds(30);
        }
        if (lease.toMillis() < 300) {
            throw new IllegalArgumentException("servicebalance.work.lease must be at least 300 ms, was " + lease);
        }
    }
}
