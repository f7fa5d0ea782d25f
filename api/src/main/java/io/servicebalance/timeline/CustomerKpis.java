package io.servicebalance.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The figures an account manager sees beside the timeline, as known at {@code asOf} (by recording time).
 *
 * @param lifetimeValue        purchases recorded, summed per currency
 * @param slaBreaches          contacts answered later than the tier's target for their channel, plus abandoned ones
 * @param daysSinceLastContact whole days from the last contact to {@code asOf} (or now)
 */
record CustomerKpis(String tier, String accountManager, boolean churned, Map<String, BigDecimal> lifetimeValue,
                    int openCases,
                    int openComplaints, Integer lastSatisfaction, Double averageSatisfaction,
                    Map<String, Integer> contactsByChannel, int abandonedContacts, int slaBreaches,
                    Instant lastContactAt, Long daysSinceLastContact) {
}
