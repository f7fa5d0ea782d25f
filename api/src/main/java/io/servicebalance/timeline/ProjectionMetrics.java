package io.servicebalance.timeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.servicebalance.history.ContactHistoryLag;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Processor lag (events stored but not yet in the read model) as gauges for Prometheus, computed from the token
 * store, so every node reports the same figure whichever node holds which segment.
 */
@Component
class ProjectionMetrics {

    ProjectionMetrics(MeterRegistry registry, ContactHistoryLag lag) {
        for (String processor : List.of(Generations.NAME, ContactHistoryLag.PROCESSOR)) {
            Gauge.builder("servicebalance.processor.lag", () -> lag.now(processor).behind())
                    .description("Events in the store not yet processed by the processor (from the token store)")
                    .tag("processor", processor).baseUnit("events").register(registry);
        }
    }
}
