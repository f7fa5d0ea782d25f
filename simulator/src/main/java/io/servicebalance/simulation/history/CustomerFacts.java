package io.servicebalance.simulation.history;

import io.servicebalance.customer.ServiceTier;

/**
 * What the history says about one customer, for the cost model: its tier at the end, its value (purchases recorded),
 * whether it churned, and its complaints still unresolved at the end of the window.
 */
public record CustomerFacts(String id, ServiceTier tier, double value, boolean churned, int unresolvedComplaints) {
}
