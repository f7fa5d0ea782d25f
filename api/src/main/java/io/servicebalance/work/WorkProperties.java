package io.servicebalance.work;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the nodes on one database share work ({@code servicebalance.work}).
 *
 * @param lease     a claim not renewed for this long was left by a dead node (default 30 s; heartbeats every third)
 * @param poll      how often an idle node looks for queued work (default 500 ms)
 * @param sweepJobs the jobs a simulation's sweep is split into, for the nodes to share (default 32; fewer when the
 *                  sweep has fewer steps)
 */
@ConfigurationProperties("servicebalance.work")
public record WorkProperties(Duration lease, Duration poll, Integer sweepJobs) {

    public WorkProperties {
        if (lease == null) {
            lease = Duration.ofSeconds(30);
        }
        if (lease.toMillis() < 300) {
            throw new IllegalArgumentException("servicebalance.work.lease must be at least 300 ms, was " + lease);
        }
        if (poll == null) {
            poll = Duration.ofMillis(500);
        }
        if (poll.toMillis() < 10) {
            throw new IllegalArgumentException("servicebalance.work.poll must be at least 10 ms, was " + poll);
        }
        if (sweepJobs == null) {
            sweepJobs = 32;
        }
        if (sweepJobs < 1) {
            throw new IllegalArgumentException("servicebalance.work.sweep-jobs must be at least 1, was " + sweepJobs);
        }
    }
}
