package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SLA definition as the defaults of a scenario's {@code targets}: a tier's target on a channel is the scenario's
 * {@code targets.tierThresholdSeconds.TIER.CHANNEL}, else its {@code targets.thresholdSeconds.CHANNEL} (one target
 * for every tier of the channel), else the SLA's; {@code targets.shortAbandonSeconds} likewise.
 */
final class SlaDefaults {

    private SlaDefaults() {
    }

    static Scenario apply(Scenario scenario, ServiceLevelAgreement sla) {
        Scenario.Targets given = scenario.targets();
        Map<String, Double> perChannel = given == null || given.thresholdSeconds() == null ? Map.of()
                : given.thresholdSeconds();
        Map<String, Map<String, Double>> perTier = new LinkedHashMap<>();
        for (ServiceTier t : ServiceTier.values()) {
            Map<String, Double> channels = new LinkedHashMap<>();
            for (Channel c : Channel.values()) {
                Double explicit = given == null || given.tierThresholdSeconds() == null ? null
                        : given.tierThresholdSeconds().getOrDefault(t.name(), Map.of()).get(c.name());
                if (explicit != null) {
                    channels.put(c.name(), explicit);
                } else if (!perChannel.containsKey(c.name())) {
                    channels.put(c.name(), sla.thresholdSeconds(t, c));
                }
            }
            perTier.put(t.name(), channels);
        }
        Double shortAbandon = given == null || given.shortAbandonSeconds() == null ? sla.shortAbandonSeconds()
                : given.shortAbandonSeconds();
        return ScenarioFile.withTargets(scenario, new Scenario.Targets(given == null ? null
                : given.thresholdSeconds(), perTier, shortAbandon));
    }
}
