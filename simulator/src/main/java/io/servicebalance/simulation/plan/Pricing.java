package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.util.Map;

/** The scenario's cost figures, with zero for what it leaves out and {@link Scenario.Defaults}. */
record Pricing(Map<String, Double> agentPerHour, double shrinkage, Map<String, Double> perContact,
               Map<String, Double> perAbandoned, Map<String, Double> slaPenalty, double acquisitionCost,
               boolean slaPenaltyOnAbandon, Map<String, Double> shrinkageByChannel) {

    static Pricing of(Scenario.Costs c) {
        return of(c, null);
    }

    /** With {@code demand.shrinkage} replacing {@code costs.shrinkage} on the channels it names. */
    static Pricing of(Scenario.Costs c, Scenario.Demand demand) {
        return new Pricing(nz(c.agentPerHour()), c.shrinkageOrDefault(), nz(c.perContact()),
                nz(c.perAbandoned()), nz(c.slaPenalty()), c.acquisitionCostOrDefault(),
                c.slaPenaltyOnAbandonOrDefault(), demand == null ? Map.of() : nz(demand.shrinkage()));
    }

    double shrinkage(Channel c) {
        return shrinkageByChannel.getOrDefault(c.name(), shrinkage);
    }

    double agentPerHour(Channel c) {
        return agentPerHour.getOrDefault(c.name(), 0.0);
    }

    double perContact(Channel c) {
        return perContact.getOrDefault(c.name(), 0.0);
    }

    double perAbandoned(Channel c) {
        return perAbandoned.getOrDefault(c.name(), 0.0);
    }

    double slaPenalty(ServiceTier t) {
        return slaPenalty.getOrDefault(t.name(), 0.0);
    }

    private static Map<String, Double> nz(Map<String, Double> m) {
        return m == null ? Map.of() : m;
    }
}
