package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.engine.ChannelResult;
import io.servicebalance.simulation.engine.Outcomes;
import java.util.Map;

/** One replication of one policy: figures per channel, and each contact's outcome for cost models. */
public record Replication(int policyIndex, int replication, Map<Channel, ChannelResult> channels, Outcomes outcomes) {
}
