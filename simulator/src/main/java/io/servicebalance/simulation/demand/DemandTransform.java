package io.servicebalance.simulation.demand;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceBuilder;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Applies a {@link DemandChange} to a recorded trace, deterministically for a seed. Days are the unit: a day of the
 * plan is made of recorded days of the same day of the week, each contact keeping its time of day, so the daily shape
 * stays. Volume x k on a channel keeps the day itself (or, for a horizon, a recorded day drawn at random), adds
 * floor(k) - 1 more recorded days drawn at random and a random share k - floor(k) of one more; below 1 it keeps a
 * random share k of the day. Then moves take a random share of one channel's contacts to another (their handle time
 * scaled by the ratio of the two channels' mean handle times, their patience unknown so the new channel's model
 * draws it), and handle times are multiplied. Copies keep their customer and tier.
 */
public final class DemandTransform {

    /** The transformed trace and the span it covers. */
    public record Result(Trace trace, Instant from, Instant to) {
    }

    private final Trace trace;
    private final ZoneId zone;
    private final DemandChange change;
    private final Map<LocalDate, List<Integer>> rowsByDay = new HashMap<>();
    private final Map<DayOfWeek, List<LocalDate>> recordedDays = new EnumMap<>(DayOfWeek.class);

    private DemandTransform(Trace trace, Instant from, Instant to, ZoneId zone, DemandChange change) {
        this.trace = trace;
        this.zone = zone;
        this.change = change;
        for (LocalDate d = date(from); d.isBefore(date(to)); d = d.plusDays(1)) {
            recordedDays.computeIfAbsent(d.getDayOfWeek(), k -> new ArrayList<>()).add(d);
        }
        for (int i = 0; i < trace.size(); i++) {
            rowsByDay.computeIfAbsent(date(arrival(i)), k -> new ArrayList<>()).add(i);
        }
    }

    /**
     * @param from start of the recorded window (a day start in {@code zone})
     * @param to   end of the recorded window (a day start in {@code zone})
     */
    public static Result apply(Trace trace, Instant from, Instant to, ZoneId zone, DemandChange change, long seed) {
        if (change == null || change.isNone()) {
            return new Result(trace, from, to);
        }
        return new DemandTransform(trace, from, to, zone, change).apply(from, to, seed);
    }

    private Result apply(Instant from, Instant to, long seed) {
        Instant planFrom = change.horizon() == null ? from : to;
        Instant planTo = change.horizon() == null ? to
                : date(to).plusDays(change.horizon().days()).atStartOfDay(zone).toInstant();
        List<TraceContact> contacts = new ArrayList<>();
        for (Channel c : Channel.values()) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c.ordinal());
            for (LocalDate day = date(planFrom); day.isBefore(date(planTo)); day = day.plusDays(1)) {
                resample(c, day, random, contacts);
            }
        }
        Map<Channel, Double> meanHandle = meanHandles();
        SplittableRandom moves = new SplittableRandom(seed * 1_000_003L + 97);
        TraceBuilder builder = new TraceBuilder(contacts.size());
        for (TraceContact contact : contacts) {
            TraceContact moved = contact;
            for (DemandChange.Move m : change.moves()) {
                if (moved.channel() == m.from() && moves.nextDouble() < m.share()) {
                    double ratio = meanHandle.containsKey(m.to()) && meanHandle.containsKey(m.from())
                            ? meanHandle.get(m.to()) / meanHandle.get(m.from()) : 1;
                    moved = with(moved, m.to(), moved.arrival(), moved.handleSeconds() * ratio, Patience.unknown(),
                            moved.contactId());
                }
            }
            double factor = change.handleTime().getOrDefault(moved.channel(), 1.0);
            builder.add(factor == 1 ? moved : with(moved, moved.channel(), moved.arrival(),
                    moved.handleSeconds() * factor, moved.patience(), moved.contactId()));
        }
        if (builder.size() == 0) {
            throw new SimulationException(List.of("demand: the what-if leaves no contact to plan for"));
        }
        return new Result(builder.build(), planFrom, planTo);
    }

    /** One plan day of one channel: recorded days of the same day of the week, volume x the channel's factor. */
    private void resample(Channel channel, LocalDate day, SplittableRandom random, List<TraceContact> out) {
        double k = change.volumeFactor(channel);
        List<LocalDate> same = recordedDays.getOrDefault(day.getDayOfWeek(), List.of());
        if (same.isEmpty()) {
            return;
        }
        LocalDate base = change.horizon() == null ? day : same.get(random.nextInt(same.size()));
        int whole = (int) Math.floor(k);
        double share = k - whole;
        if (whole == 0) {
            copy(channel, base, day, 0, share, random, out);
            return;
        }
        copy(channel, base, day, 0, 1, random, out);
        for (int n = 1; n < whole; n++) {
            copy(channel, same.get(random.nextInt(same.size())), day, n, 1, random, out);
        }
        if (share > 0) {
            copy(channel, same.get(random.nextInt(same.size())), day, whole, share, random, out);
        }
    }

    private void copy(Channel channel, LocalDate source, LocalDate day, int copy, double share,
                      SplittableRandom random, List<TraceContact> out) {
        Duration shift = Duration.between(source.atStartOfDay(zone), day.atStartOfDay(zone));
        boolean renamed = copy > 0 || !source.equals(day);
        for (int i : rowsByDay.getOrDefault(source, List.of())) {
            if (trace.channel(i) != channel || (share < 1 && random.nextDouble() >= share)) {
                continue;
            }
            TraceContact c = trace.contact(i);
            out.add(renamed ? with(c, channel, c.arrival().plus(shift), c.handleSeconds(), c.patience(),
                    c.contactId() + "~" + day + "~" + copy) : c);
        }
    }

    private Map<Channel, Double> meanHandles() {
        Map<Channel, double[]> sums = new EnumMap<>(Channel.class);
        for (int i = 0; i < trace.size(); i++) {
            double[] s = sums.computeIfAbsent(trace.channel(i), k -> new double[2]);
            s[0] += trace.handleSeconds(i);
            s[1]++;
        }
        Map<Channel, Double> means = new EnumMap<>(Channel.class);
        sums.forEach((c, s) -> {
            if (s[0] > 0) {
                means.put(c, s[0] / s[1]);
            }
        });
        return means;
    }

    private static TraceContact with(TraceContact c, Channel channel, Instant arrival, double handle,
                                     Patience patience, String id) {
        return new TraceContact(id, c.customerId(), c.tier(), channel, arrival, handle, patience, c.customerValue());
    }

    private Instant arrival(int i) {
        return trace.origin().plusNanos(Math.round(trace.arrival(i) * 1e9));
    }

    private LocalDate date(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
