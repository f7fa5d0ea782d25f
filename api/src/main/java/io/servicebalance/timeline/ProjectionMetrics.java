package io.servicebalance.timeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Processor lag (events stored but not yet in the read model) as a gauge for Prometheus. */
@Component
class ProjectionMetrics {

    ProjectionMetrics(MeterRegistry registry, JdbcTemplate jdbc, TimelineProjection projection) {
        Gauge.builder("servicebalance.processor.lag", () -> {
            Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry",
                    Long.class);
            return Math.max(0, head - projection.position());
        }).description("Events in the store not yet processed by the customer-timeline processor")
                .tag("processor", Generations.NAME).baseUnit("events").register(registry);
    }
}
