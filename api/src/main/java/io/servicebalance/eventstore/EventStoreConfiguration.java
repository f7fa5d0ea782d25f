package io.servicebalance.eventstore;

import io.servicebalance.privacy.CustomerKeys;
import io.servicebalance.privacy.PersonalDataModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's JDBC event, snapshot and token store on the tables of the Flyway migrations, with JSON payloads.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** Events per query of the event store (Axon's default: 100). */
    static final int FETCH_BATCH = 1000;

    /** Snake-case table and column names, as created by {@code V1__event_store.sql}. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC storage engine as its auto-configuration builds it, but reading {@value #FETCH_BATCH} events per
     * query instead of 100: a processor catching up on a million events runs a thousand queries, not ten thousand
     * (an aggregate's events are read in batches of the same size).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver resolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions, EventSchema schema) {
        return JdbcEventStorageEngine.builder().snapshotSerializer(serializer).upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(resolver).eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter()).connectionProvider(connections)
                .transactionManager(transactions).schema(schema).batchSize(FETCH_BATCH).build();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The one serializer Axon uses for events, messages, snapshots and tokens: Jackson, never XStream. Instants are
     * ISO-8601 strings, and unknown properties are ignored so that older readers survive additive changes. Fields
     * marked {@code @PersonalData} are encrypted under their customer's key ({@link PersonalDataModule}).
     */
    @Bean
    @Primary
    Serializer serializer(CustomerKeys keys) {
        return jackson(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(CustomerKeys keys) {
        return jackson(keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(CustomerKeys keys) {
        return jackson(keys);
    }

    static JacksonSerializer jackson(CustomerKeys keys) {
        return JacksonSerializer.builder().objectMapper(EventJson.mapper().registerModule(new PersonalDataModule(keys)))
                .lenientDeserialization().build();
    }

}
