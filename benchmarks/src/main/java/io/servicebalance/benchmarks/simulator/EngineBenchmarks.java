package io.servicebalance.benchmarks.simulator;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.SyntheticTrace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of one replication of an Erlang A PHONE trace on one thread: the engine, and the plain Java
 * M/M/N+M ({@link NaiveQueue}) on the same model and size. Run by {@code benchmark-simulator}, which sets the forks
 * and iterations.
 */
@State(Scope.Benchmark)
public class EngineBenchmarks {

    static final double PER_HOUR = 200;
    static final double AHT_SECONDS = 180;
    static final double PATIENCE_SECONDS = 300;
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @Param("1000000")
    public int contacts;

    @Param("14")
    public int agents;

    private Simulator simulator;
    private Policy policy;
    private PatienceModel patience;
    private long seed;

    @Setup
    public void setUp() {
        simulator = new Simulator(trace(contacts), ZoneOffset.UTC);
        policy = Policy.fifo("benchmark", Map.of(Channel.PHONE, StaffingSchedule.constant(agents)));
        patience = new PatienceModel(Map.of(Channel.PHONE, PATIENCE_SECONDS));
    }

    static io.servicebalance.simulation.trace.Trace trace(int contacts) {
        return new SyntheticTrace(Channel.PHONE, PER_HOUR, AHT_SECONDS, null, new double[] {0.2, 0.5, 0.2, 0.1})
                .trace(contacts, START, 1);
    }

    /** One replication through the engine; a new seed each call so nothing is cached between calls. */
    @Benchmark
    public Replication engine() {
        return simulator.replicate(0, policy, patience, ++seed, 0);
    }

    /** The same model and size in a PriorityQueue of event objects. */
    @Benchmark
    public double[] plainJava() {
        return NaiveQueue.run(contacts, PER_HOUR, AHT_SECONDS, PATIENCE_SECONDS, agents, ++seed);
    }
}
