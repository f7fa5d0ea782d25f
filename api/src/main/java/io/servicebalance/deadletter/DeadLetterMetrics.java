package io.servicebalance.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Dead letters waiting per processor, as a gauge for Prometheus: {@code servicebalance_processor_dead_letters}. */
@Component
class DeadLetterMetrics {

    private final MeterRegistry registry;
    private final DeadLetters letters;

    DeadLetterMetrics(MeterRegistry registry, DeadLetters letters) {
        this.registry = registry;
        this.letters = letters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        letters.waiting().keySet().forEach(processor -> Gauge.builder("servicebalance.processor.dead.letters",
                        () -> letters.waiting().getOrDefault(processor, 0L))
                .description("Events waiting in the processor's dead-letter queue (missing from its read model)")
                .tag("processor", processor).register(registry));
    }
}
