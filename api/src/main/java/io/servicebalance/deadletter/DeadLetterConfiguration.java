package io.servicebalance.deadletter;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event processor gets a JDBC dead-letter queue on the table of {@code V42__dead_letter_entry.sql}, and every
 * processor logs a failure's stack trace once, when the event is first dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String TABLE = "dead_letter_entry";

    /** Snake-case names, as created by the Flyway migration. */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Replaces Axon's per-processor opt-in ({@code axon.eventhandling.processors.X.dlq.enabled}): all processors. */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(ConnectionProvider connections,
            TransactionManager transactions, DeadLetterSchema schema, Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer, JdbcTemplate jdbc) {
        return new EveryProcessorDeadLetters(connections, transactions, schema, serializer, eventSerializer, jdbc);
    }

    @Bean
    ConfigurerModule deadLetterPolicy() {
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(c -> new FailureLog());
    }
}
