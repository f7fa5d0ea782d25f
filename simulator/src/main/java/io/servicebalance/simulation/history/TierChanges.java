package io.servicebalance.simulation.history;

import io.servicebalance.customer.CustomerCommands.ChangeServiceTier;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** About 4% of customers a year move up or down one tier (CARE customers stay). */
final class TierChanges {

    private final SeedSettings settings;
    private final SplittableRandom random;

    TierChanges(SeedSettings settings, SplittableRandom random) {
        this.settings = settings;
        this.random = random;
    }

    void plan(List<SyntheticCustomer> customers, List<ScheduledCommand> out) {
        double probability = 0.04 * settings.days() / 365.0;
        for (SyntheticCustomer c : customers) {
            if (c.initialTier == ServiceTier.CARE || random.nextDouble() >= probability) {
                continue;
            }
            Instant at = settings.start().plusSeconds((long) (random.nextDouble() * settings.days() * 86_400L));
            ServiceTier next = switch (c.initialTier) {
                case PREMIUM -> ServiceTier.STANDARD;
                case BASIC -> ServiceTier.STANDARD;
                default -> random.nextBoolean() ? ServiceTier.PREMIUM : ServiceTier.BASIC;
            };
            c.tierChangeTimes.add(at);
            c.tierChanges.add(next);
            String reason = next.ordinal() < c.initialTier.ordinal() ? "spend grew" : "spend fell";
            out.add(new ScheduledCommand(at, c.id, new ChangeServiceTier(new CustomerId(c.id), next, reason, at)));
        }
    }
}
