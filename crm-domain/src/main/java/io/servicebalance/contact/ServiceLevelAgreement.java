package io.servicebalance.contact;

import io.servicebalance.customer.ServiceTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one SLA definition that account managers' KPIs and plans share: a target per tier and channel (a contact
 * answered after waiting longer than its target breaches the SLA) and the short-abandon rule (a contact abandoned
 * after waiting less than {@code shortAbandonSeconds} is a misdial, not a breach; every longer abandon is a breach).
 *
 * @param thresholdSeconds     target per tier and channel, in seconds; a pair left out takes {@link #DEFAULT}'s
 * @param shortAbandonSeconds  abandons after a shorter wait are not breaches
 */
public record ServiceLevelAgreement(Map<ServiceTier, Map<Channel, Double>> thresholdSeconds,
                                    double shortAbandonSeconds) {

    /** DOMAIN.md's typical targets, tightened for PREMIUM and CARE; short abandons under 5 s. */
    public static final ServiceLevelAgreement DEFAULT = new ServiceLevelAgreement(Map.of(
            ServiceTier.PREMIUM, targets(10, 30, 14_400, 600),
            ServiceTier.STANDARD, targets(20, 60, 86_400, 1_200),
            ServiceTier.BASIC, targets(30, 90, 172_800, 3_600),
            ServiceTier.CARE, targets(10, 30, 14_400, 600)), 5);

    public ServiceLevelAgreement {
        Map<ServiceTier, Map<Channel, Double>> copy = new EnumMap<>(ServiceTier.class);
        thresholdSeconds.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new EnumMap<>(m))));
        thresholdSeconds = Collections.unmodifiableMap(copy);
        if (!(shortAbandonSeconds >= 0) || Double.isInfinite(shortAbandonSeconds)) {
            throw new IllegalArgumentException("shortAbandonSeconds must be a finite number >= 0");
        }
    }

    /** The target of a tier on a channel: configured, else {@link #DEFAULT}'s. */
    public double thresholdSeconds(ServiceTier tier, Channel channel) {
        Double configured = thresholdSeconds.getOrDefault(tier, Map.of()).get(channel);
        if (configured != null) {
            return configured;
        }
        return this == DEFAULT ? Double.NaN : DEFAULT.thresholdSeconds(tier, channel);
    }

    /** Whether an answered contact breached its target. */
    public boolean answeredLate(ServiceTier tier, Channel channel, double waitSeconds) {
        return waitSeconds > thresholdSeconds(tier, channel);
    }

    /** Whether an abandon is short: a misdial, no breach. */
    public boolean shortAbandon(double waitSeconds) {
        return waitSeconds < shortAbandonSeconds;
    }

    private static Map<Channel, Double> targets(double phone, double chat, double email, double social) {
        return Map.of(Channel.PHONE, phone, Channel.CHAT, chat, Channel.EMAIL, email, Channel.SOCIAL, social);
    }
}
