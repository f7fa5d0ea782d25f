package io.servicebalance.simulation.web;

import io.servicebalance.contact.Channel;
import io.servicebalance.history.ContactHistoryCatchUp;
import io.servicebalance.history.ContactHistoryLag.Lag;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededHistories;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.Planner;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import io.servicebalance.simulation.plan.Sweep;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.timeline.SlaTargets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sweeps this node works on, made ready from the scenario and the history as this node reads it, with a
 * fingerprint of everything read (contacts, customers, seeded staffing): two nodes with the same fingerprint compute
 * the same figures for every step. Staffing is optimised once per run: a node whose history has the fingerprint the
 * run was split on takes the schedules stored with it. The last few are kept, so a node running several jobs of a run
 * reads once.
 */
@Component
class PreparedSweeps {

    /** A sweep ready to run and the fingerprint of what it was made from. */
    record Prepared(Sweep sweep, String fingerprint) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PreparedSweeps.class);
    private static final int KEPT = 2;

    private final HistoryReader reader;
    private final SeededHistories seeded;
    private final PlanLimits limits;
    private final SlaTargets sla;
    private final SimulationRuns runs;
    private final Map<UUID, Prepared> kept = new LinkedHashMap<>(4, 0.75f, true);

    PreparedSweeps(HistoryReader reader, SeededHistories seeded, PlanningProperties properties, SlaTargets sla,
                   SimulationRuns runs) {
        this.reader = reader;
        this.runs = runs;
        this.sla = sla;
        this.seeded = seeded;
        this.limits = properties.limits();
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The run's sweep as this node reads its history now (kept for the next job of the same run). */
    synchronized Prepared prepare(UUID run, String scenarioJson) {
        Prepared prepared = kept.get(run);
        if (prepared != null) {
            return prepared;
        }
        Scenario scenario = ScenarioFile.parse(scenarioJson);
        Scenario.Window w = scenario.window();
        RecordedHistory history = reader.read(w == null ? null : w.from(), w == null ? null : w.to(),
                new CatchUpLog(run));
        Map<Channel, StaffingSchedule> staffing = seeded.latestStaffing().orElse(Map.of());
        String fingerprint = fingerprint(history, staffing);
        byte[] optimised = runs.optimisedStaffing(run, fingerprint).orElse(null);
        prepared = new Prepared(Planner.sweep(scenario, sla.agreement(), history, staffing, optimised, threads(),
                limits, () -> { }, () -> false), fingerprint);
        kept.put(run, prepared);
        while (kept.size() > KEPT) {
            kept.remove(kept.keySet().iterator().next());
        }
        return prepared;
    }

    synchronized void forget(UUID run) {
        kept.remove(run);
    }

    /** SHA-256 over every contact of the trace, every customer's facts (by id) and the seeded staffing. */
    static String fingerprint(RecordedHistory history, Map<Channel, StaffingSchedule> staffing) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Trace trace = history.trace();
        text(digest, String.valueOf(trace.size() == 0 ? null : trace.origin()));
        ByteBuffer numbers = ByteBuffer.allocate(8 * 4 + 3);
        for (int i = 0; i < trace.size(); i++) {
            text(digest, trace.contactId(i));
            text(digest, trace.customerId(i));
            numbers.clear();
            numbers.put((byte) trace.tierIndex(i)).put((byte) trace.channel(i).ordinal())
                    .put((byte) (trace.patienceIsLowerBound(i) ? 1 : 0));
            numbers.putDouble(trace.arrival(i)).putDouble(trace.handleSeconds(i)).putDouble(trace.patienceSeconds(i))
                    .putDouble(trace.customerValue(i));
            digest.update(numbers.array(), 0, numbers.position());
        }
        new TreeMap<>(history.customers()).values().stream().map(CustomerFacts::toString)
                .forEach(s -> text(digest, s));
        text(digest, new TreeMap<>(staffing).toString());
        text(digest, String.valueOf(history.from()) + history.to());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String s) {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** Says in the log that a run waits for the contact history, and how far it has come. */
    private record CatchUpLog(UUID id) implements ContactHistoryCatchUp.Listener {
        @Override
        public void waiting(Lag lag, Duration limit) {
            LOG.info("simulation {} waits up to {} s for the contact history read model, {} events behind the event"
                    + " store", id, limit.toSeconds(), lag.behind());
        }

        @Override
        public void progress(Lag lag) {
            LOG.debug("simulation {}: contact history at {} of {}", id, lag.processed(), lag.head());
        }
    }
}
