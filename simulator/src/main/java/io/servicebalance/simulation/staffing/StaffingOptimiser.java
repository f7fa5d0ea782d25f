package io.servicebalance.simulation.staffing;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.erlang.ErlangA;
import io.servicebalance.simulation.erlang.ErlangC;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds, for a service-level target on one channel, the fewest agents per interval and day of the week that meet it
 * on a trace's traffic. It starts from Erlang A per cell (the cell's mean arrival rate and handle time, the channel's
 * mean patience; Erlang C where customers never abandon), raised where the occupancy cap asks for more, then corrects
 * by simulating the whole trace with that weekly schedule, queues carrying over from one interval to the next: a cell
 * below target gets one agent more, until none is; then every cell not raised tries one agent less at once, and keeps
 * it where its target still holds. Each evaluation pools {@code replications} replications on common random numbers,
 * and there are at most {@link #MAX_EVALUATIONS} of them.
 */
public final class StaffingOptimiser {

    /** Simulated evaluations per optimisation, at most. */
    public static final int MAX_EVALUATIONS = 10;

    private final Intervals intervals;
    private final Policy base;
    private final PatienceModel patience;
    private final long seed;
    private final int replications;
    private final Runnable listener;
    private final Map<Channel, ChannelTraffic> channels = new EnumMap<>(Channel.class);

    /**
     * @param base     the policy whose discipline, thresholds and chat concurrency the simulations run under
     * @param listener told after each simulated replication (progress)
     */
    public StaffingOptimiser(Trace trace, Intervals intervals, Instant from, Instant to, Policy base,
                             PatienceModel patience, long seed, int replications, Runnable listener) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1");
        }
        this.intervals = intervals;
        this.base = base;
        this.patience = patience;
        this.seed = seed;
        this.replications = replications;
        this.listener = listener;
        trace.indicesByChannel().forEach((c, rows) -> channels.put(c, new ChannelTraffic(trace, rows, c, intervals,
                from, to)));
    }

    public OptimisedStaffing optimise(StaffingTarget target) {
        ChannelTraffic traffic = traffic(target.channel());
        int cells = intervals.cells();
        int[] erlang = new int[cells];
        int[] floor = new int[cells];
        int capBinding = 0;
        for (int c = 0; c < cells; c++) {
            if (traffic.arrivals[c] > 0) {
                double rate = traffic.offered(c) / intervals.seconds();
                double load = rate * traffic.ahtSeconds(c) / target.concurrency();
                floor[c] = Math.max(1, (int) Math.ceil(load / target.occupancyCap() - 1e-9));
                int byErlang = erlangAgents(target, rate, traffic.ahtSeconds(c));
                capBinding += floor[c] > byErlang ? 1 : 0;
                erlang[c] = Math.max(byErlang, floor[c]);
            }
        }
        int[] agents = erlang.clone();
        boolean[] raised = new boolean[cells];
        IntervalFigures figures = evaluate(traffic, agents, target.thresholdSeconds());
        int evaluations = 1;
        boolean lowered = false;
        while (evaluations < MAX_EVALUATIONS) {
            List<Integer> below = below(figures, target);
            if (!below.isEmpty()) {
                below.forEach(c -> {
                    agents[c]++;
                    raised[c] = true;
                });
            } else if (!lowered && evaluations <= MAX_EVALUATIONS - 2) {
                lowered = true;
                if (!lower(traffic, target, agents, floor, raised, figures)) {
                    break;
                }
                evaluations++;
            } else {
                break;
            }
            figures = evaluate(traffic, agents, target.thresholdSeconds());
            evaluations++;
        }
        return new OptimisedStaffing(target, figures, erlang, capBinding, evaluations * replications,
                warnings(target, figures, capBinding));
    }

    /** Tries one agent less in every cell not raised and above its floor; keeps it where the target still holds. */
    private boolean lower(ChannelTraffic traffic, StaffingTarget target, int[] agents, int[] floor, boolean[] raised,
                          IntervalFigures figures) {
        int[] trial = agents.clone();
        boolean any = false;
        for (int c = 0; c < trial.length; c++) {
            if (!raised[c] && trial[c] > floor[c] && figures.serviceLevel()[c] >= target.serviceLevel()) {
                trial[c]--;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        IntervalFigures tried = evaluate(traffic, trial, target.thresholdSeconds());
        for (int c = 0; c < trial.length; c++) {
            if (trial[c] < agents[c] && tried.serviceLevel()[c] >= target.serviceLevel()) {
                agents[c] = trial[c];
            }
        }
        return true;
    }

    /**
     * Simulates this channel under a schedule (the historical one, say); the figures' agents are those on duty at the
     * start of each cell.
     */
    public IntervalFigures evaluate(Channel channel, StaffingSchedule schedule, double thresholdSeconds) {
        int[] agents = new int[intervals.cells()];
        for (int c = 0; c < agents.length; c++) {
            agents[c] = schedule.agentsAt(intervals.dayOf(c), intervals.startOf(c));
        }
        return evaluate(traffic(channel), schedule, agents, thresholdSeconds);
    }

    private IntervalFigures evaluate(ChannelTraffic traffic, int[] agents, double thresholdSeconds) {
        return evaluate(traffic, IntervalFigures.schedule(intervals, agents), agents, thresholdSeconds);
    }

    private IntervalFigures evaluate(ChannelTraffic traffic, StaffingSchedule schedule, int[] agents,
                                     double thresholdSeconds) {
        Policy policy = new Policy(base.name(), Map.of(traffic.channel, schedule), base.discipline(), base.tierOrder(), base.tierWeights(), base.agingPerSecond(), base.thresholds(),
                base.tierThresholds(), base.chatConcurrency());
        int cells = intervals.cells();
        long[] offered = new long[cells];
        long[] within = new long[cells];
        double[] work = new double[cells];
        Trace trace = traffic.trace;
        for (int r = 0; r < replications; r++) {
            Replication rep = traffic.simulator.replicate(0, policy, patience, seed, r, true);
            Outcomes outcomes = rep.outcomes();
            for (int i = 0; i < trace.size(); i++) {
                int c = traffic.cellOfRow[i];
                offered[c]++;
                if (outcomes.answered(i)) {
                    work[c] += trace.handleSeconds(i);
                    within[c] += outcomes.waitSeconds(i) <= thresholdSeconds ? 1 : 0;
                }
            }
            listener.run();
        }
        double[] serviceLevel = new double[cells];
        double[] occupancy = new double[cells];
        double[] perInterval = new double[cells];
        int concurrency = policy.concurrency(traffic.channel);
        for (int c = 0; c < cells; c++) {
            perInterval[c] = traffic.offered(c);
            serviceLevel[c] = offered[c] == 0 ? Double.NaN : (double) within[c] / offered[c];
            double onDuty = (double) agents[c] * concurrency * intervals.seconds() * traffic.occurrences[c]
                    * replications;
            occupancy[c] = onDuty > 0 ? work[c] / onDuty : Double.NaN;
        }
        return new IntervalFigures(traffic.channel, intervals, agents.clone(), perInterval, serviceLevel, occupancy);
    }

    private int erlangAgents(StaffingTarget target, double rate, double aht) {
        Double mean = patience.meanSeconds().get(target.channel());
        int servers = !PatienceModel.abandons(target.channel()) || mean == null
                ? ErlangC.minimumAgents(rate * aht, aht, target.thresholdSeconds(), target.serviceLevel())
                : ErlangA.minimumAgents(rate, aht, mean, target.thresholdSeconds(), target.serviceLevel());
        return (servers + target.concurrency() - 1) / target.concurrency();
    }

    private static List<Integer> below(IntervalFigures figures, StaffingTarget target) {
        List<Integer> below = new ArrayList<>();
        for (int c = 0; c < figures.agents().length; c++) {
            if (figures.serviceLevel()[c] < target.serviceLevel()) {
                below.add(c);
            }
        }
        return below;
    }

    private List<String> warnings(StaffingTarget target, IntervalFigures figures, int capBinding) {
        List<String> warnings = new ArrayList<>();
        String what = String.format(Locale.ROOT, "%s at %s%%", target.channel(), number(target.serviceLevel() * 100));
        if (capBinding > 0) {
            warnings.add(String.format(Locale.ROOT, "%s: the %s%% occupancy cap binds in %d of %d intervals (more"
                    + " agents than the target needs)", what, number(target.occupancyCap() * 100), capBinding,
                    intervals.cells()));
        }
        int below = below(figures, target).size();
        if (below > 0) {
            warnings.add(String.format(Locale.ROOT, "%s: %d intervals still below target after %d evaluations", what,
                    below, MAX_EVALUATIONS));
        }
        return warnings;
    }

    private ChannelTraffic traffic(Channel channel) {
        ChannelTraffic traffic = channels.get(channel);
        if (traffic == null) {
            throw new IllegalArgumentException("the trace has no " + channel + " contacts to staff for");
        }
        return traffic;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
