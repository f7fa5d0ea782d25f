package io.servicebalance.simulation.web;

import io.servicebalance.simulation.plan.PlanLimits;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much planning work the server accepts ({@code servicebalance.planning}); a value left out takes
 * {@link PlanLimits#DEFAULTS}.
 *
 * @param maxPolicies      policies in a scenario's grid
 * @param maxReplications  replications per policy
 * @param maxSteps         policies x replications, the historical policy included
 * @param memoryBudget     the estimated heap one run may need (default: half the maximum heap)
 * @param queueCapacity    runs that may wait behind the running one; more are refused with 429
 * @param retryAfter       the Retry-After a 429 carries
 */
@Validated
@ConfigurationProperties("servicebalance.planning")
record PlanningProperties(@Min(1) Long maxPolicies, @Min(1) Integer maxReplications, @Min(1) Long maxSteps,
                          DataSize memoryBudget, @Min(0) Integer queueCapacity, Duration retryAfter) {

    static final int DEFAULT_QUEUE_CAPACITY = 4;
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    PlanLimits limits() {
        PlanLimits d = PlanLimits.DEFAULTS;
        return new PlanLimits(maxPolicies == null ? d.maxPolicies() : maxPolicies,
                maxReplications == null ? d.maxReplications() : maxReplications,
                maxSteps == null ? d.maxSteps() : maxSteps,
                memoryBudget == null ? d.memoryBudgetBytes() : memoryBudget.toBytes());
    }

    int queueCapacityOrDefault() {
        return queueCapacity == null ? DEFAULT_QUEUE_CAPACITY : queueCapacity;
    }

    Duration retryAfterOrDefault() {
        return retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter;
    }
}
