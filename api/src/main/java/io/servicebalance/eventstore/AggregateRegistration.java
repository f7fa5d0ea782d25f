package io.servicebalance.eventstore;

import io.servicebalance.contact.Contact;
import io.servicebalance.customer.Customer;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the CRM's aggregates with Axon. The domain module has no Spring, so its aggregates carry no Spring
 * stereotype; they are configured here. Customers live for years, so they are snapshotted every
 * {@code servicebalance.snapshots.customer-every} events. Command handlers get Spring beans as resources (the server's
 * clock for business times a request left out, the registered customers); so does the snapshotter. Loaded aggregates are cached (weak references) so that a
 * busy aggregate is not re-read for every command; a stale cache entry cannot win, because the unique key on
 * (aggregate, sequence number) rejects the append as a concurrent modification.
 */
@Configuration(proxyBeanMethods = false)
class AggregateRegistration {

    @Bean
    ConfigurerModule crmAggregates(@Value("${servicebalance.snapshots.customer-every:100}") int customerEvery) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Customer.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                AggregateSnapshotter.builder()
                                        .eventStore(c.eventStore())
                                        .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory
                                                .inspectAggregate(Customer.class, c.parameterResolverFactory(),
                                                        c.handlerDefinition(Customer.class))))
                                        .parameterResolverFactory(c.parameterResolverFactory())
                                        .handlerDefinition(c.handlerDefinition(Customer.class))
                                        .build(),
                                customerEvery))
                        .configureCache(c -> new WeakReferenceCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Contact.class)
                        .configureCache(c -> new WeakReferenceCache()));
    }
}
