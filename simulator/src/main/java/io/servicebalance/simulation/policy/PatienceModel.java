package io.servicebalance.simulation.policy;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long customers would wait, per channel (and tier, where known), when the trace does not say: exponential with
 * the given mean. A channel without a mean has infinitely patient customers for contacts of unknown patience. EMAIL
 * and SOCIAL never abandon.
 */
public record PatienceModel(Map<Channel, Double> meanSeconds, Map<Channel, Map<ServiceTier, Double>> tierMeanSeconds) {

    public PatienceModel(Map<Channel, Double> meanSeconds) {
        this(meanSeconds, Map.of());
    }

    public PatienceModel {
        meanSeconds.forEach((c, m) -> {
            if (m == null || !(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("mean patience for " + c + " must be a positive number of seconds");
            }
        });
        meanSeconds = Collections.unmodifiableMap(meanSeconds.isEmpty() ? new EnumMap<>(Channel.class)
                : new EnumMap<>(meanSeconds));
        tierMeanSeconds = Map.copyOf(tierMeanSeconds);
    }

    /** The mean for a contact of this tier on this channel: the tier's own when known, else the channel's; or null. */
    public Double mean(Channel channel, ServiceTier tier) {
        Map<ServiceTier, Double> perTier = tierMeanSeconds.get(channel);
        Double specific = perTier == null ? null : perTier.get(tier);
        return specific != null ? specific : meanSeconds.get(channel);
    }

    public static PatienceModel none() {
        return new PatienceModel(Map.of());
    }

    /** Whether contacts on this channel can abandon at all. */
    public static boolean abandons(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT;
    }
}
