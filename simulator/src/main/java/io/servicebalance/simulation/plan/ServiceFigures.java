package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import java.util.Map;

/**
 * The figures of a policy a planner reads beside its costs (DOMAIN.md: service productivity depends on cost
 * efficiency, revenue efficiency and capacity efficiency).
 *
 * @param channels             per channel: service level, ASA, abandon rate, occupancy, cost per contact
 * @param costPerContact       service cost / offered contacts, all channels
 * @param valueRetained        customer value over the horizon kept: (1 - P(churn) under the policy) x value
 * @param serviceProductivity  value retained per unit of service cost
 */
public record ServiceFigures(Map<Channel, ChannelFigures> channels, Estimate costPerContact, Estimate valueRetained,
                             Estimate serviceProductivity) {

    /** No figures (results made without them). */
    public static final ServiceFigures NONE = new ServiceFigures(Map.of(), new Estimate(Double.NaN, Double.NaN),
            new Estimate(Double.NaN, Double.NaN), new Estimate(Double.NaN, Double.NaN));

    public ServiceFigures {
        channels = Map.copyOf(channels);
    }
}
