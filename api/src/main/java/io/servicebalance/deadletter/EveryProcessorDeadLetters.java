package io.servicebalance.deadletter;

import java.util.function.Function;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link JdbcSequencedDeadLetterQueue} (holding each event once: {@link OncePerEventQueue}) for every processing group, so that a processor added later is covered
 * without configuration. Queues are generous ({@value #MAX} sequences, {@value #MAX} letters each): a full queue
 * would stop the processor again.
 */
final class EveryProcessorDeadLetters extends DeadLetterQueueProviderConfigurerModule {

    static final int MAX = 1_000_000;

    private final Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> provider;

    EveryProcessorDeadLetters(ConnectionProvider connections, TransactionManager transactions, DeadLetterSchema schema,
                              Serializer serializer, Serializer eventSerializer, JdbcTemplate jdbc) {
        super(new EventProcessorProperties(), group -> null);
        this.provider = group -> configuration -> new OncePerEventQueue<>(JdbcSequencedDeadLetterQueue
                .<EventMessage<?>>builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .maxSequences(MAX)
                .maxSequenceSize(MAX), group, jdbc);
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDeadLetterQueueProvider(provider);
    }
}
