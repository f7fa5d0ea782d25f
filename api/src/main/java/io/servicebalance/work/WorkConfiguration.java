package io.servicebalance.work;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This process's claims, renewed every third of the lease, when abandoned work is also recovered and the processors'
 * segments are spread over the live nodes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkProperties.class)
class WorkConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkConfiguration.class);

    /** This process's name among the nodes on the database: the owner of its work claims. */
    @Bean
    NodeId nodeId() {
        return new NodeId(WorkClaims.newNodeId());
    }

    @Bean
    WorkClaims workClaims(JdbcTemplate jdbc, WorkProperties properties, NodeId node) {
        return new WorkClaims(jdbc, node.value(), properties.lease());
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService workHeartbeat(WorkClaims claims, WorkProperties properties,
                                           ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc,
                                           @Value("${servicebalance.work.shared-token-owner:false}") boolean shared) {
        SegmentBalance balance = shared || processing.getIfAvailable() == null ? null
                : new SegmentBalance(processing.getIfAvailable(), claims, jdbc);
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "work-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, properties.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                claims.heartbeat();
                claims.recoverAbandoned();
                if (balance != null) {
                    balance.round();
                }
            } catch (RuntimeException e) {
                LOG.warn("work heartbeat of {} failed (retried in {} ms): {}", claims.node(), every, e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return heartbeat;
    }
}
