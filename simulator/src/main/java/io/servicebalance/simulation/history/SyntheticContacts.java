package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The contacts of a synthetic history as a trace (row i is the i-th arrival) with each contact's type alongside.
 * Arrival times follow the daily and weekly profile by rejection sampling; handle times are whole seconds, as the
 * event store records them; every contact's patience is drawn and written into the trace for the historical run.
 */
final class SyntheticContacts {

    private record Draft(Instant at, int customer, Channel channel, ContactType type, long handle, double patience) {
    }

    private final Trace trace;
    private final List<ContactType> types;

    private SyntheticContacts(Trace trace, List<ContactType> types) {
        this.trace = trace;
        this.types = types;
    }

    Trace trace() {
        return trace;
    }

    static int customerIndex(String customerId) {
        return Integer.parseInt(customerId.substring(customerId.length() - 6)) - 1;
    }

    static SyntheticContacts generate(List<SyntheticCustomer> customers, SeedSettings settings,
                                      SplittableRandom random) {
        List<Draft> drafts = new ArrayList<>();
        double years = settings.days() / 365.0;
        long span = settings.days() * 86_400_000L;
        for (SyntheticCustomer c : customers) {
            int n = Workload.poisson(random, Workload.CONTACTS_PER_YEAR[c.initialTier.ordinal()] * years);
            for (int k = 0; k < n; k++) {
                Instant at = seasonalInstant(settings, span, random);
                Channel channel = Workload.channel(random);
                drafts.add(new Draft(at, c.index, channel, Workload.type(random),
                        Workload.handleSeconds(random, channel), Workload.patienceSeconds(random, channel)));
            }
        }
        drafts.sort(Comparator.comparing(Draft::at));
        List<TraceContact> contacts = new ArrayList<>(drafts.size());
        List<ContactType> types = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            SyntheticCustomer c = customers.get(d.customer);
            Patience patience = Double.isInfinite(d.patience) ? Patience.unknown() : Patience.exactly(d.patience);
            contacts.add(new TraceContact(settings.idPrefix() + String.format("ct-%07d", i + 1), c.id, c.tierAt(d.at), d.channel, d.at,
                    d.handle, patience, null));
            types.add(d.type);
        }
        return new SyntheticContacts(Trace.of(contacts), types);
    }

    private static Instant seasonalInstant(SeedSettings settings, long span, SplittableRandom random) {
        while (true) {
            Instant at = settings.start().plusMillis((long) (random.nextDouble() * span));
            ZonedDateTime local = at.atZone(settings.zone());
            if (random.nextDouble() * Workload.MAX_WEIGHT < Workload.weight(local.getDayOfWeek(), local.getHour())) {
                return at;
            }
        }
    }

    List<ContactType> types() {
        return types;
    }
}
