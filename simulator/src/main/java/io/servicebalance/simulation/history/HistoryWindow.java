package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns the recorded contacts of a window into the history a plan replays, whichever reader found them. Patience: the
 * wait of an abandoned contact exactly, at least the wait of an answered one, unknown for one never answered. Handle
 * time: the first resolution's; for a complaint not resolved, answer to acknowledgement (the first call); otherwise
 * resampled (fixed seed, in arrival order) from the window's resolved contacts of the channel, so that a contact
 * abandoned in history can be answered in a replay.
 */
public final class HistoryWindow {

    private static final CustomerFacts UNKNOWN = new CustomerFacts("?", ServiceTier.STANDARD, 0, false, 0);

    private HistoryWindow() {
    }

    /**
     * @param contacts  the contacts received in [from, to), in {@link RecordedContact#ARRIVAL} order
     * @param customers what is known of their customers (latest tier, value, churn); complaints are counted here
     * @throws IllegalArgumentException when the window holds no contact
     */
    public static RecordedHistory build(Instant from, Instant to, List<RecordedContact> contacts,
                                        Map<String, CustomerFacts> customers, long eventsRead) {
        if (contacts.isEmpty()) {
            throw empty(from, to);
        }
        Map<Channel, List<Long>> handles = new EnumMap<>(Channel.class);
        for (RecordedContact c : contacts) {
            if (c.resolved()) {
                handles.computeIfAbsent(c.channel(), k -> new ArrayList<>()).add(c.handleSeconds());
            }
        }
        SplittableRandom resample = new SplittableRandom(20_261_122L);
        List<TraceContact> rows = new ArrayList<>(contacts.size());
        Map<String, int[]> openComplaints = new HashMap<>();
        for (RecordedContact c : contacts) {
            double handle = c.resolved() ? c.handleSeconds()
                    : c.acknowledged() != null && c.answered() != null ? seconds(c.answered(), c.acknowledged())
                    : resampled(handles.get(c.channel()), resample);
            double value = customers.getOrDefault(c.customerId(), UNKNOWN).value();
            rows.add(new TraceContact(c.id(), c.customerId(), c.tier(), c.channel(), c.received(), handle,
                    patience(c), value));
            if (c.type() == ContactType.COMPLAINT && !c.resolved()) {
                openComplaints.computeIfAbsent(c.customerId(), k -> new int[1])[0]++;
            }
        }
        Map<String, CustomerFacts> facts = new HashMap<>();
        for (RecordedContact c : contacts) {
            facts.computeIfAbsent(c.customerId(), id -> {
                CustomerFacts known = customers.getOrDefault(id, UNKNOWN);
                return new CustomerFacts(id, known.tier(), known.value(), known.churned(),
                        openComplaints.getOrDefault(id, new int[1])[0], known.valueByCurrency());
            });
        }
        return new RecordedHistory(from, to, Trace.of(rows), facts, eventsRead);
    }

    /**
     * The same history from the same contacts held column by column (readers that decode rows from bytes): no object
     * per contact.
     *
     * @param contacts  the contacts received in [from, to), in arrival order
     * @param customers what is known of their customers (latest tier, value, churn) by {@link ContactColumns#customer}
     *                  number, null where nothing is; complaints are counted here
     * @throws IllegalArgumentException when the window holds no contact
     */
    public static RecordedHistory build(Instant from, Instant to, ContactColumns contacts, CustomerFacts[] customers,
                                        long eventsRead) {
        if (contacts.size() == 0) {
            throw empty(from, to);
        }
        return ColumnarWindow.build(from, to, contacts, customers, eventsRead);
    }

    private static IllegalArgumentException empty(Instant from, Instant to) {
        return new IllegalArgumentException("no contacts were received in the window " + (from == null ? "" : from)
                + " - " + (to == null ? "" : to));
    }

    private static Patience patience(RecordedContact c) {
        if (c.abandoned() != null) {
            return Patience.exactly(seconds(c.received(), c.abandoned()));
        }
        if (c.answered() != null) {
            return Patience.atLeast(seconds(c.received(), c.answered()));
        }
        return Patience.unknown();
    }

    private static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return Math.max(0, d.getSeconds() + d.getNano() / 1e9);
    }

    private static double resampled(List<Long> handles, SplittableRandom random) {
        if (handles == null || handles.isEmpty()) {
            return 300;
        }
        return handles.get(random.nextInt(handles.size()));
    }
}
