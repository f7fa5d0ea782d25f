package io.servicebalance.simulation.history;

import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A generated customer: its tier over time, its purchases' total, and what it experienced. */
final class SyntheticCustomer {

    final int index;
    final String id;
    final ServiceTier initialTier;
    final List<Instant> tierChangeTimes = new ArrayList<>();
    final List<ServiceTier> tierChanges = new ArrayList<>();
    int abandons;
    int longWaits;
    int unresolvedComplaints;
    Instant lastContact;
    Instant churnedAt;

    SyntheticCustomer(int index, ServiceTier tier, String prefix) {
        this.index = index;
        this.id = prefix + String.format("cust-%06d", index + 1);
        this.initialTier = tier;
    }

    ServiceTier tierAt(Instant at) {
        ServiceTier tier = initialTier;
        for (int i = 0; i < tierChangeTimes.size(); i++) {
            if (!tierChangeTimes.get(i).isAfter(at)) {
                tier = tierChanges.get(i);
            }
        }
        return tier;
    }

    boolean activeAt(Instant at) {
        return churnedAt == null || at.isBefore(churnedAt);
    }
}
