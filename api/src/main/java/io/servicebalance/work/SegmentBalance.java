package io.servicebalance.work;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spreads the segments of every pooled processor over the live nodes: a node holding more than its share (segments
 * / live nodes, rounded up) releases one per round, which a node with fewer claims at its next attempt. Axon without
 * Axon Server does not balance by itself: the first node to start would keep every segment.
 */
final class SegmentBalance {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalance.class);

    private final EventProcessingConfiguration processing;
    private final WorkClaims claims;
    private final JdbcTemplate jdbc;

    SegmentBalance(EventProcessingConfiguration processing, WorkClaims claims, JdbcTemplate jdbc) {
        this.processing = processing;
        this.claims = claims;
        this.jdbc = jdbc;
    }

    /** One round: at most one segment released per processor. */
    void round() {
        int nodes = Math.max(1, claims.liveNodes().size());
        processing.eventProcessors().values().forEach(p -> {
            if (p instanceof PooledStreamingEventProcessor pooled && pooled.isRunning()) {
                Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                        Integer.class, pooled.getName());
                int share = (segments + nodes - 1) / nodes;
                var held = pooled.processingStatus().keySet();
                if (held.size() > share && share > 0) {
                    int segment = held.stream().max(Integer::compare).orElseThrow();
                    LOG.info("{} holds {} of {} segments of {} with {} live nodes; releases segment {}",
                            claims.node(), held.size(), segments, pooled.getName(), nodes, segment);
                    pooled.releaseSegment(segment);
                }
            }
        });
    }
}
