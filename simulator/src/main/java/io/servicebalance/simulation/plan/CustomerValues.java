package io.servicebalance.simulation.plan;

import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What losing a customer costs over the planning horizon, in the scenario's currency ({@code costs.customerValue},
 * docs/planning.md): recorded purchases converted at {@code costs.exchangeRates}, per year of recorded history times
 * the expected remaining years ({@code annual}), as recorded ({@code recorded}), or given per tier ({@code given}).
 * A customer without recorded purchases is worth {@code costs.defaultCustomerValue}.
 */
public final class CustomerValues {

    private final Scenario.Costs costs;
    private final String currency;
    private final double perRecordedValue;

    private CustomerValues(Scenario scenario, double recordedYears) {
        this.costs = scenario.costs();
        this.currency = Scenario.Defaults.currency(scenario);
        Scenario.CustomerValue v = costs.customerValueOrDefault();
        this.perRecordedValue = "annual".equals(v.methodOrDefault()) ? v.yearsOrDefault() / recordedYears : 1;
    }

    /**
     * The values of a history's customers.
     *
     * @throws SimulationException when they are recorded in currencies the scenario gives no rate for
     */
    static CustomerValues of(Scenario scenario, RecordedHistory history) {
        TreeSet<String> currencies = new TreeSet<>();
        history.customers().values().forEach(f -> currencies.addAll(f.valueByCurrency().keySet()));
        List<String> problems = currencyProblems(scenario, currencies);
        if (!problems.isEmpty()) {
            throw new SimulationException(problems);
        }
        return new CustomerValues(scenario, history.recordedYears());
    }

    /**
     * Why customer values recorded in {@code currencies} cannot be priced by this scenario: each currency other than
     * the scenario's that {@code costs.exchangeRates} gives no rate for, named (empty when the values are given per
     * tier, which needs no rate).
     */
    public static List<String> currencyProblems(Scenario scenario, Collection<String> currencies) {
        if (scenario.costs() == null || "given".equals(scenario.costs().customerValueOrDefault().methodOrDefault())) {
            return List.of();
        }
        String currency = Scenario.Defaults.currency(scenario);
        Map<String, Double> rates = scenario.costs().exchangeRates() == null ? Map.of()
                : scenario.costs().exchangeRates();
        TreeSet<String> missing = new TreeSet<>(currencies);
        missing.remove(currency);
        missing.removeAll(rates.keySet());
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of("costs.exchangeRates: customer values are recorded in " + String.join(", ", missing)
                + " besides " + currency + " (the scenario's currency) and mixed currencies are not added together:"
                + " give " + String.join(" and ", missing.stream().map(c -> "costs.exchangeRates." + c).toList())
                + " (the value of one unit in " + currency + ")");
    }

    /** The customer's value over the horizon; {@code facts} null for a customer the history knows nothing of. */
    double of(CustomerFacts facts) {
        Scenario.CustomerValue spec = costs.customerValueOrDefault();
        if ("given".equals(spec.methodOrDefault())) {
            Double given = facts == null ? null : spec.perTier().get(facts.tier().name());
            return given == null ? costs.defaultCustomerValueOrDefault() : given;
        }
        double recorded = facts == null ? 0 : recorded(facts);
        return recorded <= 0 ? costs.defaultCustomerValueOrDefault() : recorded * perRecordedValue;
    }

    private double recorded(CustomerFacts facts) {
        if (facts.valueByCurrency().isEmpty()) {
            return facts.value();
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : facts.valueByCurrency().entrySet()) {
            sum += e.getValue() * (e.getKey().equals(currency) ? 1 : costs.exchangeRates().get(e.getKey()));
        }
        return sum;
    }
}
