package io.servicebalance.simulation.engine;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.trace.Trace;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sample path of each replication. The recorded path replays the trace as it is. A resampled path varies what
 * one recorded history cannot show: with {@code bootstrapDays} each local day of the trace's span is replaced by a
 * recorded day drawn with replacement from its pool (the days of the same day of week when the span has at least two,
 * else the days of the same kind, Monday-Friday or Saturday-Sunday, else every day), all channels together and at the
 * same times of day; with {@code resampleHandles} each contact's handle time is drawn with replacement from its
 * channel's recorded handle times. The draws depend only on (seed, replication): every policy of replication r
 * replays the same path (common random numbers), and a path is rebuilt, never stored, so memory holds one per worker.
 */
public final class SamplePaths {

    private final Map<Channel, ChannelTrace> base;
    private final int contacts;
    private final boolean bootstrapDays;
    private final boolean resampleHandles;
    private final double[] dayStart;
    private final int[][] pools;
    private final Map<Channel, int[]> firstOfDay = new EnumMap<>(Channel.class);

    /** @param base the recorded layout of each channel over {@code trace} */
    public SamplePaths(Trace trace, ZoneId zone, Map<Channel, ChannelTrace> base, boolean bootstrapDays,
                       boolean resampleHandles) {
        this.base = Collections.unmodifiableMap(new EnumMap<>(base));
        this.contacts = trace.size();
        this.bootstrapDays = bootstrapDays;
        this.resampleHandles = resampleHandles;
        if (trace.size() == 0) {
            dayStart = new double[] {0, 86_400};
            pools = new int[][] {{0}};
            base.keySet().forEach(c -> firstOfDay.put(c, new int[] {0, 0}));
            return;
        }
        Instant origin = trace.origin();
        LocalDate first = localDate(origin, 0, zone);
        LocalDate last = localDate(origin, trace.lastArrival(), zone);
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        dayStart = new double[days + 1];
        for (int d = 0; d <= days; d++) {
            Instant start = first.plusDays(d).atStartOfDay(zone).toInstant();
            dayStart[d] = (start.getEpochSecond() - origin.getEpochSecond()) + (start.getNano() - origin.getNano()) / 1e9;
        }
        pools = pools(first, days);
        base.forEach((c, ct) -> firstOfDay.put(c, firstOfDay(ct, dayStart)));
    }

    /** Whether replications replay the recorded path unchanged. */
    public boolean recorded() {
        return !bootstrapDays && !resampleHandles;
    }

    /** Recorded days in the trace's span (from the first to the last arrival's local date). */
    public int days() {
        return dayStart.length - 1;
    }

    /** The sample path of replication {@code replication}. */
    public Path sample(long seed, int replication) {
        if (recorded()) {
            return new Path(base, null, contacts);
        }
        int[] source = sourceDays(seed, replication);
        int total = 0;
        for (Channel c : base.keySet()) {
            total += bootstrapDays ? count(firstOfDay.get(c), source) : base.get(c).size();
        }
        int[] rows = new int[total];
        Map<Channel, ChannelTrace> sampled = new EnumMap<>(Channel.class);
        int offset = 0;
        for (Map.Entry<Channel, ChannelTrace> e : base.entrySet()) {
            ChannelTrace layout = bootstrapDays ? days(e.getValue(), firstOfDay.get(e.getKey()), source, rows, offset)
                    : recordedDays(e.getValue(), rows, offset);
            if (resampleHandles) {
                resampleHandles(layout, e.getValue(), seed, replication);
            }
            sampled.put(e.getKey(), layout);
            offset += layout.size();
        }
        return new Path(sampled, rows, total);
    }

    /** One replication's layout per channel and, when resampled, the trace row of each outcome position. */
    public static final class Path {
        private final Map<Channel, ChannelTrace> channels;
        private final int[] rows;
        private final int size;

        Path(Map<Channel, ChannelTrace> channels, int[] rows, int size) {
            this.channels = channels;
            this.rows = rows;
            this.size = size;
        }

        public Map<Channel, ChannelTrace> channels() {
            return channels;
        }

        /** Contacts on the path, all channels. */
        public int size() {
            return size;
        }

        /** Outcomes sized for this path, or none kept. */
        public Outcomes outcomes(boolean keep) {
            return !keep ? Outcomes.discarded() : rows == null ? new Outcomes(size) : new Outcomes(rows);
        }
    }

    private int[] sourceDays(long seed, int replication) {
        int[] source = new int[days()];
        SplittableRandom random = RandomStreams.stream(seed, replication, 0, RandomStreams.DAYS);
        for (int d = 0; d < source.length; d++) {
            int[] pool = pools[d];
            source[d] = bootstrapDays ? pool[random.nextInt(pool.length)] : d;
        }
        return source;
    }

    private static int count(int[] firstOfDay, int[] source) {
        int n = 0;
        for (int s : source) {
            n += firstOfDay[s + 1] - firstOfDay[s];
        }
        return n;
    }

    private ChannelTrace days(ChannelTrace ct, int[] firstOfDay, int[] source, int[] rows, int offset) {
        int n = count(firstOfDay, source);
        int[] index = new int[n];
        int[] row = new int[n];
        double[] arrival = new double[n];
        double[] handle = new double[n];
        byte[] tier = new byte[n];
        byte[] hour = new byte[n];
        int k = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < source.length; d++) {
            int s = source[d];
            double shift = dayStart[d] - dayStart[s];
            for (int j = firstOfDay[s]; j < firstOfDay[s + 1]; j++, k++) {
                index[k] = offset + k;
                row[k] = ct.row[j];
                rows[offset + k] = ct.row[j];
                previous = Math.max(previous, ct.arrival[j] + shift);
                arrival[k] = previous;
                handle[k] = ct.handle[j];
                tier[k] = ct.tier[j];
                hour[k] = ct.hour[j];
            }
        }
        return new ChannelTrace(ct, index, row, arrival, handle, tier, hour);
    }

    private static ChannelTrace recordedDays(ChannelTrace ct, int[] rows, int offset) {
        for (int j = 0; j < ct.size(); j++) {
            rows[offset + j] = ct.row[j];
        }
        int[] index = new int[ct.size()];
        for (int j = 0; j < index.length; j++) {
            index[j] = offset + j;
        }
        return new ChannelTrace(ct, index, ct.row, ct.arrival, ct.handle.clone(), ct.tier, ct.hour);
    }

    private static void resampleHandles(ChannelTrace layout, ChannelTrace recorded, long seed, int replication) {
        int n = recorded.size();
        if (n == 0) {
            return;
        }
        SplittableRandom random = RandomStreams.stream(seed, replication, recorded.channel.ordinal(),
                RandomStreams.HANDLES);
        for (int j = 0; j < layout.size(); j++) {
            layout.handle[j] = recorded.handle[random.nextInt(n)];
        }
    }

    private static int[] firstOfDay(ChannelTrace ct, double[] dayStart) {
        int days = dayStart.length - 1;
        int[] first = new int[days + 1];
        int j = 0;
        for (int d = 0; d < days; d++) {
            first[d] = j;
            while (j < ct.size() && (d == days - 1 || ct.arrival[j] < dayStart[d + 1])) {
                j++;
            }
        }
        first[days] = ct.size();
        return first;
    }

    private static int[][] pools(LocalDate first, int days) {
        int[][] pools = new int[days][];
        for (int d = 0; d < days; d++) {
            DayOfWeek dow = first.plusDays(d).getDayOfWeek();
            List<Integer> same = new ArrayList<>();
            List<Integer> kind = new ArrayList<>();
            for (int e = 0; e < days; e++) {
                DayOfWeek other = first.plusDays(e).getDayOfWeek();
                if (other == dow) {
                    same.add(e);
                }
                if (weekend(other) == weekend(dow)) {
                    kind.add(e);
                }
            }
            List<Integer> pool = same.size() >= 2 ? same : kind.size() >= 2 ? kind : range(days);
            pools[d] = pool.stream().mapToInt(Integer::intValue).toArray();
        }
        return pools;
    }

    private static boolean weekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static List<Integer> range(int days) {
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            all.add(d);
        }
        return all;
    }

    private static LocalDate localDate(Instant origin, double seconds, ZoneId zone) {
        return origin.plusNanos(Math.round(seconds * 1e9)).atZone(zone).toLocalDate();
    }
}
