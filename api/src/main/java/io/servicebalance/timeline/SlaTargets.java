package io.servicebalance.timeline;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-level targets in seconds per tier and channel ({@code servicebalance.sla}), for SLA breaches in KPIs, and
 * the wait below which an abandoned contact is not counted as a breach ({@code servicebalance.short-abandon-seconds};
 * very short abandons are usually misdials).
 */
@ConfigurationProperties("servicebalance")
record SlaTargets(Map<ServiceTier, Map<Channel, Long>> sla, Long shortAbandonSeconds) {

    SlaTargets {
        sla = sla == null ? Map.of() : sla;
        shortAbandonSeconds = shortAbandonSeconds == null ? 5L : shortAbandonSeconds;
    }

    /** The target, or the channel's usual one (PHONE 20 s, CHAT 60 s, EMAIL 24 h, SOCIAL 20 min) when not set. */
    long seconds(ServiceTier tier, Channel channel) {
        Map<Channel, Long> byChannel = sla.get(tier);
        Long configured = byChannel == null ? null : byChannel.get(channel);
        if (configured != null) {
            return configured;
        }
        return switch (channel) {
            case PHONE -> 20;
            case CHAT -> 60;
            case EMAIL -> 86_400;
            case SOCIAL -> 1_200;
        };
    }
}
