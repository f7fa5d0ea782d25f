package io.servicebalance.simulation.policy;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One service-level policy: who is on duty per channel, in which order waiting contacts are taken, and the
 * service-level thresholds that define a breach (per channel, optionally tightened per tier).
 *
 * @param staffing         agents on duty per channel
 * @param discipline       queue discipline
 * @param tierOrder        priority order for {@link Discipline#TIER_STRICT}, highest first; all four tiers
 * @param tierWeights      head start in seconds for {@link Discipline#TIER_AGING}
 * @param agingPerSecond   priority gained per second waited for {@link Discipline#TIER_AGING}
 * @param thresholds       service-level threshold in seconds per channel
 * @param tierThresholds   per-tier thresholds that replace the channel's (may be empty)
 * @param chatConcurrency  chats one CHAT agent holds at once
 */
public record Policy(String name, Map<Channel, StaffingSchedule> staffing, Discipline discipline,
                     List<ServiceTier> tierOrder, Map<ServiceTier, Double> tierWeights, double agingPerSecond,
                     Map<Channel, Double> thresholds, Map<Channel, Map<ServiceTier, Double>> tierThresholds,
                     int chatConcurrency) {

    public static final List<ServiceTier> DEFAULT_TIER_ORDER =
            List.of(ServiceTier.CARE, ServiceTier.PREMIUM, ServiceTier.STANDARD, ServiceTier.BASIC);
    public static final Map<ServiceTier, Double> DEFAULT_TIER_WEIGHTS = Map.of(
            ServiceTier.CARE, 120.0, ServiceTier.PREMIUM, 90.0, ServiceTier.STANDARD, 30.0, ServiceTier.BASIC, 0.0);
    public static final Map<Channel, Double> DEFAULT_THRESHOLDS = Map.of(
            Channel.PHONE, 20.0, Channel.CHAT, 60.0, Channel.EMAIL, 86_400.0, Channel.SOCIAL, 1_200.0);
    public static final int DEFAULT_CHAT_CONCURRENCY = 2;

    public Policy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy needs a name");
        }
        if (staffing == null || staffing.isEmpty()) {
            throw new IllegalArgumentException("a policy needs staffing for at least one channel");
        }
        if (discipline == null) {
            throw new IllegalArgumentException("a policy needs a queue discipline");
        }
        if (tierOrder == null || tierOrder.size() != ServiceTier.values().length
                || tierOrder.stream().distinct().count() != tierOrder.size()) {
            throw new IllegalArgumentException("the tier order must name each of " + List.of(ServiceTier.values())
                    + " once");
        }
        if (tierWeights == null || !tierWeights.keySet().containsAll(List.of(ServiceTier.values()))) {
            throw new IllegalArgumentException("tier weights must be given for every tier");
        }
        if (!(agingPerSecond >= 0) || Double.isInfinite(agingPerSecond)) {
            throw new IllegalArgumentException("the ageing rate must be a finite number >= 0");
        }
        if (chatConcurrency < 1) {
            throw new IllegalArgumentException("chat concurrency must be at least 1");
        }
        staffing = Collections.unmodifiableMap(new EnumMap<>(staffing));
        tierOrder = List.copyOf(tierOrder);
        tierWeights = Collections.unmodifiableMap(new EnumMap<>(tierWeights));
        EnumMap<Channel, Double> allThresholds = new EnumMap<>(DEFAULT_THRESHOLDS);
        allThresholds.putAll(thresholds == null ? Map.of() : thresholds);
        allThresholds.values().forEach(Policy::requireThreshold);
        thresholds = Collections.unmodifiableMap(allThresholds);
        EnumMap<Channel, Map<ServiceTier, Double>> perTier = new EnumMap<>(Channel.class);
        (tierThresholds == null ? Map.<Channel, Map<ServiceTier, Double>>of() : tierThresholds).forEach((c, m) -> {
            m.values().forEach(Policy::requireThreshold);
            perTier.put(c, Collections.unmodifiableMap(new EnumMap<>(m)));
        });
        tierThresholds = Collections.unmodifiableMap(perTier);
    }

    /** FIFO with the default thresholds and chat concurrency. */
    public static Policy fifo(String name, Map<Channel, StaffingSchedule> staffing) {
        return new Policy(name, staffing, Discipline.FIFO, DEFAULT_TIER_ORDER, DEFAULT_TIER_WEIGHTS, 1.0, null, null,
                DEFAULT_CHAT_CONCURRENCY);
    }

    /** The threshold in seconds that a contact of this tier on this channel must be answered within. */
    public double thresholdSeconds(Channel channel, ServiceTier tier) {
        Map<ServiceTier, Double> perTier = tierThresholds.get(channel);
        Double specific = perTier == null ? null : perTier.get(tier);
        return specific != null ? specific : thresholds.get(channel);
    }

    /** Agents hold this many contacts at once on the channel (chats only). */
    public int concurrency(Channel channel) {
        return channel == Channel.CHAT ? chatConcurrency : 1;
    }

    public Policy withName(String newName) {
        return new Policy(newName, staffing, discipline, tierOrder, tierWeights, agingPerSecond, thresholds,
                tierThresholds, chatConcurrency);
    }

    public Policy withDiscipline(Discipline newDiscipline) {
        return new Policy(name, staffing, newDiscipline, tierOrder, tierWeights, agingPerSecond, thresholds,
                tierThresholds, chatConcurrency);
    }

    private static void requireThreshold(Double seconds) {
        if (seconds == null || !(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("service-level thresholds must be finite numbers of seconds >= 0");
        }
    }
}
