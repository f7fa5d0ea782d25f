package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made traces for tests: times in seconds after Monday 2026-03-02 00:00 UTC. */
final class Contacts {

    static final Instant MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");

    private final List<TraceContact> contacts = new ArrayList<>();

    Contacts phone(String id, ServiceTier tier, double at, double handle, Patience patience) {
        return add(id, tier, Channel.PHONE, at, handle, patience);
    }

    Contacts add(String id, ServiceTier tier, Channel channel, double at, double handle, Patience patience) {
        contacts.add(new TraceContact(id, "u-" + id, tier, channel, MIDNIGHT.plusMillis(Math.round(at * 1000)),
                handle, patience, null));
        return this;
    }

    Trace trace() {
        return Trace.of(contacts);
    }

    /** The trace row of the contact with this id. */
    static int row(Trace trace, String id) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.contactId(i).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
