package io.servicebalance.simulation;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.engine.ChannelResult;
import io.servicebalance.simulation.engine.ChannelRun;
import io.servicebalance.simulation.engine.ChannelTrace;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.engine.PatienceDraws;
import io.servicebalance.simulation.engine.SamplePaths;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replays one trace under policies. Channels are independent agent pools and run one after another inside a
 * replication; replications and policies run side by side on {@code threads} threads (see {@link Batch}). Results are
 * the same for the same seed whatever the thread count. Each replication replays the sample path {@link Uncertainty}
 * asks for: the recorded one by default, or one resampled from (seed, replication), the same for every policy.
 */
public final class Simulator {

    private final Trace trace;
    private final Map<Channel, ChannelTrace> channels = new EnumMap<>(Channel.class);
    private final SamplePaths paths;

    /** Replays the recorded sample path in every replication. */
    public Simulator(Trace trace, ZoneId zone) {
        this(trace, zone, Uncertainty.RECORDED);
    }

    /**
     * @param zone        the zone whose time of day staffing schedules, hourly figures and resampled days follow
     * @param uncertainty what each replication resamples besides patience
     */
    public Simulator(Trace trace, ZoneId zone, Uncertainty uncertainty) {
        this.trace = trace;
        trace.indicesByChannel().forEach((c, idx) -> channels.put(c, new ChannelTrace(trace, c, idx, zone)));
        this.paths = new SamplePaths(trace, zone, channels, uncertainty.bootstrapDays(),
                uncertainty.resampleHandles());
    }

    public Trace trace() {
        return trace;
    }

    /** Heap bytes of the trace and of the channels' layouts over it, for footprint reports. */
    public long footprintBytes() {
        long bytes = trace.footprintBytes();
        for (ChannelTrace c : channels.values()) {
            bytes += c.footprintBytes(trace);
        }
        return bytes;
    }

    /** Every reason this policy cannot run on the trace; empty when it can. */
    public List<String> problems(Policy policy) {
        List<String> problems = new ArrayList<>();
        channels.forEach((c, ct) -> {
            StaffingSchedule s = policy.staffing().get(c);
            if (s == null) {
                problems.add("no agents given for " + c + " (" + ct.size() + " contacts in the trace)");
            } else if (s.maxAgents() == 0) {
                problems.add(c + " has " + ct.size() + " contacts but zero agents");
            }
        });
        return problems;
    }

    /** One replication of one policy. */
    public Replication replicate(int policyIndex, Policy policy, PatienceModel patience, long seed, int replication) {
        return replicate(policyIndex, policy, patience, seed, replication, true);
    }

    /**
     * One replication of one policy; without {@code keepOutcomes} the per-contact outcomes are not kept. On a
     * resampled path the outcomes are by path position: {@link Outcomes#traceRow} maps each to its trace row.
     */
    public Replication replicate(int policyIndex, Policy policy, PatienceModel patience, long seed, int replication,
                                boolean keepOutcomes) {
        SamplePaths.Path path = paths.sample(seed, replication);
        Outcomes outcomes = path.outcomes(keepOutcomes);
        Map<Channel, ChannelResult> results = new EnumMap<>(Channel.class);
        path.channels().forEach((c, ct) -> {
            double[] drawn = PatienceDraws.draw(trace, ct, patience, seed, replication);
            results.put(c, new ChannelRun(ct, policy, drawn, outcomes).run());
        });
        return new Replication(policyIndex, replication, results, outcomes);
    }

    /** R replications of one policy on one thread. */
    public SimulationResult run(Policy policy, PatienceModel patience, long seed, int replications) {
        return new Batch(this, List.of(policy), patience, seed, replications).run(1, Batch.Listener.NONE).get(0);
    }
}
