package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.simulation.history.HistoryAssembler.Contact;
import io.servicebalance.simulation.history.HistoryAssembler.Customer;
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
import java.util.TreeMap;

/**
 * Turns assembled contacts into a trace. Patience: the wait of an abandoned contact exactly, at least the wait of an
 * answered one, unknown for one never answered. Handle time: the first resolution's; for a complaint not resolved,
 * answer to acknowledgement (the first call); otherwise resampled (fixed seed) from the channel's resolved contacts,
 * so that a contact abandoned in history can be answered in a replay.
 */
final class HistoryTrace {

    private final Map<String, Contact> contacts;
    private final Map<String, Customer> customers;

    HistoryTrace(Map<String, Contact> contacts, Map<String, Customer> customers) {
        this.contacts = contacts;
        this.customers = customers;
    }

    RecordedHistory build(Instant from, Instant to, long events) {
        List<Map.Entry<String, Contact>> inWindow = new ArrayList<>(new TreeMap<>(contacts).entrySet());
        inWindow.removeIf(e -> e.getValue().received == null || (from != null && e.getValue().received.isBefore(from))
                || (to != null && !e.getValue().received.isBefore(to)));
        Map<Channel, List<Long>> handles = new EnumMap<>(Channel.class);
        inWindow.forEach(e -> {
            if (e.getValue().handleSeconds >= 0) {
                handles.computeIfAbsent(e.getValue().channel, c -> new ArrayList<>()).add(e.getValue().handleSeconds);
            }
        });
        SplittableRandom resample = new SplittableRandom(20_261_122L);
        List<TraceContact> rows = new ArrayList<>();
        Map<String, int[]> openComplaints = new HashMap<>();
        for (Map.Entry<String, Contact> e : inWindow) {
            Contact c = e.getValue();
            Customer customer = customers.getOrDefault(c.customerId, new Customer());
            double handle = c.handleSeconds >= 0 ? c.handleSeconds
                    : c.acknowledged != null && c.answered != null ? seconds(c.answered, c.acknowledged)
                    : resampled(handles.get(c.channel), resample);
            rows.add(new TraceContact(e.getKey(), c.customerId, customer.tiers.at(c.received), c.channel, c.received,
                    handle, patience(c), customer.value.doubleValue()));
            if (c.type == ContactType.COMPLAINT && c.handleSeconds < 0) {
                openComplaints.computeIfAbsent(c.customerId, k -> new int[1])[0]++;
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no contacts were received in the window " + (from == null ? "" : from)
                    + " - " + (to == null ? "" : to));
        }
        Map<String, CustomerFacts> facts = new HashMap<>();
        rows.forEach(r -> facts.computeIfAbsent(r.customerId(), id -> {
            Customer c = customers.getOrDefault(id, new Customer());
            return new CustomerFacts(id, c.tiers.last(), c.value.doubleValue(), c.churned,
                    openComplaints.getOrDefault(id, new int[1])[0]);
        }));
        return new RecordedHistory(from, to, Trace.of(rows), facts, events);
    }

    private static Patience patience(Contact c) {
        if (c.abandoned != null) {
            return Patience.exactly(seconds(c.received, c.abandoned));
        }
        if (c.answered != null) {
            return Patience.atLeast(seconds(c.received, c.answered));
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
