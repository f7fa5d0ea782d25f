package io.servicebalance.eventstore;

import io.servicebalance.work.NodeId;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's token store, with this node's id as the owner of the segments it claims, so that the nodes on one database
 * share the processors' segments instead of taking each other's. {@code servicebalance.work.shared-token-owner=true}
 * keeps Axon's owner (process id and host), shared by every application context of one JVM: for test suites that
 * start many contexts on one database and reset processors.
 */
@Configuration(proxyBeanMethods = false)
class NodeTokenStore {

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          TokenStoreProperties properties, NodeId node,
                          @Value("${servicebalance.work.shared-token-owner:false}") boolean shared) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder().connectionProvider(connections).schema(schema)
                .serializer(serializer).claimTimeout(properties.getClaimTimeout());
        return (shared ? builder : builder.nodeId(node.value())).build();
    }
}
