package io.servicebalance.simulation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much planning work one scenario may ask for. Checked from the scenario's {@link GridSize} before anything is
 * expanded; each problem names the limit, the size asked and the setting that raises it.
 *
 * @param maxPolicies        policies in the grid (the historical policy not counted)
 * @param maxReplications    replications per policy
 * @param maxSteps           policies x replications, the historical policy included
 * @param memoryBudgetBytes  the {@link MemoryEstimate} a run may reach
 */
public record PlanLimits(long maxPolicies, int maxReplications, long maxSteps, long memoryBudgetBytes) {

    public static final PlanLimits DEFAULTS = new PlanLimits(2_000, 1_000, 200_000,
            Runtime.getRuntime().maxMemory() / 2);

    public PlanLimits {
        if (maxPolicies < 1 || maxReplications < 1 || maxSteps < 1 || memoryBudgetBytes < 1) {
            throw new IllegalArgumentException("planning limits must be positive");
        }
    }

    /** The problems of a scenario against these limits, computed without expanding its grid. */
    public List<String> problems(Scenario scenario) {
        GridSize size = GridSize.of(scenario);
        List<String> problems = new ArrayList<>();
        if (size.policies() > maxPolicies) {
            problems.add(String.format(Locale.ROOT, "grid: %s policies asked (the product of the grid's axes); the"
                    + " limit is %,d (max-policies)", count(size.policies()), maxPolicies));
        }
        if (size.replications() > maxReplications) {
            problems.add(String.format(Locale.ROOT, "replications: %,d asked; the limit is %,d (max-replications)",
                    size.replications(), maxReplications));
        }
        if (problems.isEmpty() && size.steps() > maxSteps) {
            problems.add(String.format(Locale.ROOT, "grid: %s steps asked ((%,d policies + the historical one) x %,d"
                    + " replications%s); the limit is %,d (max-steps)", count(size.steps()), size.policies(),
                    size.replications(), size.optimisationRuns() == 0 ? "" : String.format(Locale.ROOT,
                            " + up to %s replications optimising staffing for %,d targets",
                            count(size.optimisationRuns()), size.optimisations()), maxSteps));
        }
        if (problems.isEmpty()) {
            MemoryEstimate grid = MemoryEstimate.of(size, 0, 1);
            if (grid.bytes() > memoryBudgetBytes) {
                problems.add("grid: " + grid.describe() + " before any contact is read; the budget is "
                        + MemoryEstimate.mebibytes(memoryBudgetBytes) + " (memory-budget)");
            }
        }
        return problems;
    }

    /** Throws when a run over {@code contacts} contacts on {@code threads} workers would exceed the budget. */
    public void requireMemory(GridSize size, int contacts, int threads) {
        MemoryEstimate estimate = MemoryEstimate.of(size, contacts, threads);
        if (estimate.bytes() > memoryBudgetBytes) {
            throw new io.servicebalance.simulation.SimulationException(List.of("grid: " + estimate.describe()
                    + "; the budget is " + MemoryEstimate.mebibytes(memoryBudgetBytes) + " (memory-budget): narrow"
                    + " the window or the grid, or use fewer replications"));
        }
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }
}
