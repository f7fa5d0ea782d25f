package io.servicebalance.timeline;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one SLA configuration ({@code servicebalance.sla}: seconds per tier and channel; {@code
 * servicebalance.short-abandon-seconds}: abandons after a shorter wait are misdials, not breaches), read by the
 * customer KPIs and, as the defaults of a scenario's targets, by plans. Pairs left out take
 * {@link ServiceLevelAgreement#DEFAULT}'s.
 */
@ConfigurationProperties("servicebalance")
public record SlaTargets(Map<ServiceTier, Map<Channel, Long>> sla, Long shortAbandonSeconds) {

    public SlaTargets {
        sla = sla == null ? Map.of() : sla;
        shortAbandonSeconds = shortAbandonSeconds == null
                ? (long) ServiceLevelAgreement.DEFAULT.shortAbandonSeconds() : shortAbandonSeconds;
    }

    /** This configuration as the SLA definition KPIs and plans apply. */
    public ServiceLevelAgreement agreement() {
        Map<ServiceTier, Map<Channel, Double>> seconds = new EnumMap<>(ServiceTier.class);
        sla.forEach((tier, channels) -> {
            Map<Channel, Double> m = new EnumMap<>(Channel.class);
            channels.forEach((c, v) -> m.put(c, v.doubleValue()));
            seconds.put(tier, m);
        });
        return new ServiceLevelAgreement(seconds, shortAbandonSeconds);
    }
}
