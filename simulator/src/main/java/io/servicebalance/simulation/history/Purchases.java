package io.servicebalance.simulation.history;

import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Purchases per customer by tier (lognormal amounts in EUR), only while the customer is active. */
final class Purchases {

    private final SeedSettings settings;
    private final SplittableRandom random;

    Purchases(SeedSettings settings, SplittableRandom random) {
        this.settings = settings;
        this.random = random;
    }

    int plan(List<SyntheticCustomer> customers, List<ScheduledCommand> out) {
        int count = 0;
        double years = settings.days() / 365.0;
        for (SyntheticCustomer c : customers) {
            int n = Workload.poisson(random, Workload.PURCHASES_PER_YEAR[c.initialTier.ordinal()] * years);
            for (int k = 0; k < n; k++) {
                Instant at = settings.start().plusSeconds((long) (random.nextDouble() * settings.days() * 86_400L));
                double sigma = 0.6;
                double mu = Math.log(Workload.PURCHASE_MEAN[c.tierAt(at).ordinal()]) - sigma * sigma / 2;
                BigDecimal amount = BigDecimal.valueOf(Math.exp(mu + sigma * Workload.gaussian(random)))
                        .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("1.00"));
                if (c.activeAt(at)) {
                    out.add(new ScheduledCommand(at, c.id, new RecordPurchase(new CustomerId(c.id), amount, "EUR",
                            "order", at)));
                    count++;
                }
            }
        }
        return count;
    }
}
