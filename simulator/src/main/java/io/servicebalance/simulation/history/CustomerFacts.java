package io.servicebalance.simulation.history;

import io.servicebalance.customer.ServiceTier;
import java.util.Map;

/**
 * What the history says about one customer, for the cost model: its tier at the end, its value (purchases recorded),
 * whether it churned, and its complaints still unresolved at the end of the window.
 *
 * @param value            recorded purchases, every currency added together (kept for readers that know no currency)
 * @param valueByCurrency  recorded purchases per currency code; empty when the reader knows no currency, and then
 *                         {@code value} is taken to be in the scenario's currency
 */
public record CustomerFacts(String id, ServiceTier tier, double value, boolean churned, int unresolvedComplaints,
                            Map<String, Double> valueByCurrency) {

    public CustomerFacts {
        valueByCurrency = Map.copyOf(valueByCurrency);
    }

    /** Facts without currencies: {@code value} is in the scenario's currency. */
    public CustomerFacts(String id, ServiceTier tier, double value, boolean churned, int unresolvedComplaints) {
        this(id, tier, value, churned, unresolvedComplaints, Map.of());
    }
}
