package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.engine.ChannelResult;
import io.servicebalance.simulation.engine.Metrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One channel's figures over all replications, with warnings a planner should read: overload (the queue kept growing)
 * and occupancy above 90% (agents burn out).
 */
public record ChannelSummary(Channel channel, MetricsSummary total, Map<ServiceTier, MetricsSummary> byTier,
                             List<MetricsSummary> byHour, double loadRatio, double waitingAtLastArrival,
                             List<String> warnings) {

    static ChannelSummary of(Channel channel, List<ChannelResult> results) {
        MetricsSummary total = summarize(results, ChannelResult::total);
        Map<ServiceTier, MetricsSummary> tiers = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : ServiceTier.values()) {
            List<Metrics> offered = results.stream().map(r -> r.byTier().get(t)).filter(Objects::nonNull).toList();
            if (!offered.isEmpty()) {
                tiers.put(t, MetricsSummary.of(offered));
            }
        }
        List<MetricsSummary> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            int hour = h;
            hours.add(summarize(results, r -> r.byHour().get(hour)));
        }
        double load = results.stream().mapToDouble(ChannelResult::loadRatio).average().orElse(0);
        double waitingAtEnd = results.stream().mapToInt(ChannelResult::waitingAtLastArrival).average().orElse(0);
        return new ChannelSummary(channel, total, tiers, hours, load, waitingAtEnd,
                warnings(channel, total, load, waitingAtEnd));
    }

    private static MetricsSummary summarize(List<ChannelResult> results, Function<ChannelResult, Metrics> figure) {
        return MetricsSummary.of(results.stream().map(figure).toList());
    }

    private static List<String> warnings(Channel channel, MetricsSummary total, double load, double waitingAtEnd) {
        List<String> warnings = new ArrayList<>();
        if (load >= 1) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "%s is overloaded: offered work is %.0f%% of staffed capacity, the queue kept growing"
                            + " (%.0f waiting at the last arrival)", channel, load * 100, waitingAtEnd));
        }
        if (total.mean().occupancy() > 0.9) {
            warnings.add(String.format(java.util.Locale.ROOT,
                    "%s occupancy is %.0f%%: above about 90%% agents burn out", channel,
                    total.mean().occupancy() * 100));
        }
        return List.copyOf(warnings);
    }
}
