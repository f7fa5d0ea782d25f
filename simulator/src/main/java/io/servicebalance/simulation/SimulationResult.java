package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.policy.Policy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A policy's figures per channel over {@code replications} replications run from {@code seed}. */
public record SimulationResult(Policy policy, long seed, int replications, Map<Channel, ChannelSummary> channels) {

    public SimulationResult {
        channels = Collections.unmodifiableMap(new EnumMap<>(channels));
    }

    static SimulationResult of(Policy policy, long seed, List<Replication> replications) {
        Map<Channel, ChannelSummary> channels = new EnumMap<>(Channel.class);
        for (Channel c : replications.get(0).channels().keySet()) {
            channels.put(c, ChannelSummary.of(c, replications.stream().map(r -> r.channels().get(c)).toList()));
        }
        return new SimulationResult(policy, seed, replications.size(), channels);
    }

    /** Every warning of every channel. */
    public List<String> warnings() {
        return channels.values().stream().flatMap(c -> c.warnings().stream()).toList();
    }
}
