package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.IdDictionary;
import io.servicebalance.simulation.trace.TraceBuilder;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@link HistoryWindow}'s rules on {@link ContactColumns}: the same trace and customer facts as from the same contacts
 * as records (patience, handle times, the resampling and its seed, unresolved complaints, the order customers are met
 * in), with no object per contact.
 */
final class ColumnarWindow {

    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final int COMPLAINT = ContactType.COMPLAINT.ordinal();
    private static final CustomerFacts UNKNOWN = new CustomerFacts("?", ServiceTier.STANDARD, 0, false, 0);

    private ColumnarWindow() {
    }

    static RecordedHistory build(Instant from, Instant to, ContactColumns c, CustomerFacts[] known, long eventsRead) {
        long[][] handles = resolvedHandles(c);
        int[] resolvedCount = new int[CHANNELS.length];
        for (int i = 0; i < c.size; i++) {
            if (c.handles[i] >= 0) {
                resolvedCount[c.channels[i]]++;
            }
        }
        SplittableRandom resample = new SplittableRandom(20_261_122L);
        int[] openComplaints = new int[known.length];
        IdDictionary customerIds = c.customerIds;
        TraceBuilder trace = new TraceBuilder(c.size, customerIds);
        for (int i = 0; i < c.size; i++) {
            int channel = c.channels[i];
            long answered = c.answered[i];
            double handle = c.handles[i] >= 0 ? c.handles[i]
                    : c.acknowledged[i] != ContactColumns.ABSENT && answered != ContactColumns.ABSENT
                    ? seconds(answered, c.acknowledged[i])
                    : resampled(handles[channel], resolvedCount[channel], resample);
            int customer = c.customers[i];
            double value = known[customer] == null ? UNKNOWN.value() : known[customer].value();
            long received = c.received[i];
            double patience = c.abandoned[i] != ContactColumns.ABSENT ? seconds(received, c.abandoned[i])
                    : answered != ContactColumns.ABSENT ? seconds(received, answered) : Double.NaN;
            trace.add(c.ids, c.idStart(i), c.idEnds[i], customer, TIERS[c.tiers[i]], CHANNELS[channel], Math.floorDiv(received, 1_000_000L),
                    (int) Math.floorMod(received, 1_000_000L) * 1_000, handle, patience,
                    c.abandoned[i] == ContactColumns.ABSENT && answered != ContactColumns.ABSENT, value);
            if (c.types[i] == COMPLAINT && c.handles[i] < 0) {
                openComplaints[customer]++;
            }
        }
        return new RecordedHistory(from, to, trace.build(), facts(c, known, openComplaints), eventsRead);
    }

    /** The handle times of each channel's resolved contacts, in arrival order. */
    private static long[][] resolvedHandles(ContactColumns c) {
        int[] counts = new int[CHANNELS.length];
        for (int i = 0; i < c.size; i++) {
            if (c.handles[i] >= 0) {
                counts[c.channels[i]]++;
            }
        }
        long[][] handles = new long[CHANNELS.length][];
        int[] fill = new int[CHANNELS.length];
        for (int ch = 0; ch < CHANNELS.length; ch++) {
            handles[ch] = new long[counts[ch]];
        }
        for (int i = 0; i < c.size; i++) {
            if (c.handles[i] >= 0) {
                handles[c.channels[i]][fill[c.channels[i]]++] = c.handles[i];
            }
        }
        return handles;
    }

    /** Facts of each customer, put in the map in the order the contacts meet them (as the record path does). */
    private static Map<String, CustomerFacts> facts(ContactColumns c, CustomerFacts[] known, int[] openComplaints) {
        String[] ids = c.customerIds.strings();
        boolean[] met = new boolean[ids.length];
        Map<String, CustomerFacts> facts = new HashMap<>();
        for (int i = 0; i < c.size; i++) {
            int customer = c.customers[i];
            if (!met[customer]) {
                met[customer] = true;
                CustomerFacts k = known[customer] == null ? UNKNOWN : known[customer];
                facts.put(ids[customer], new CustomerFacts(ids[customer], k.tier(), k.value(), k.churned(),
                        openComplaints[customer], k.valueByCurrency()));
            }
        }
        return facts;
    }

    /** As the record path's: whole seconds plus nanoseconds / 1e9, at least 0. */
    private static double seconds(long fromMicros, long toMicros) {
        long micros = toMicros - fromMicros;
        return Math.max(0, Math.floorDiv(micros, 1_000_000L) + Math.floorMod(micros, 1_000_000L) * 1_000 / 1e9);
    }

    private static double resampled(long[] handles, int count, SplittableRandom random) {
        if (count == 0) {
            return 300;
        }
        return handles[random.nextInt(count)];
    }
}
