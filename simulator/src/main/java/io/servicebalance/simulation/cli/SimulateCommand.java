package io.servicebalance.simulation.cli;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.Batch;
import io.servicebalance.simulation.SimulationJson;
import io.servicebalance.simulation.SimulationResult;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.Uncertainty;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.policy.StaffingSchedule;
import io.servicebalance.simulation.trace.Trace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code servicebalance simulate}: replays a trace file under one policy. Starts nothing: no database, no web server.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a trace of contacts under one policy and report service figures per channel and tier.",
            "Example: servicebalance simulate --trace contacts.csv --agents PHONE=14,CHAT=5 --priority TIER_STRICT",
            "         --patience-mean PHONE=300s --replications 10 --format json"})
public class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trace", required = true, paramLabel = "FILE",
            description = "CSV trace: contact_id,customer_id,tier,channel,arrival,handle_seconds,patience_seconds,"
                    + "customer_value.")
    Path trace;

    @Option(names = "--agents", required = true, split = ",", paramLabel = "CHANNEL=N",
            description = "Agents per channel, e.g. PHONE=14,CHAT=5; by time of day: PHONE=6@00:00/14@08:00/6@18:00.")
    Map<String, String> agents;

    @Option(names = "--priority", defaultValue = "FIFO", paramLabel = "RULE",
            description = "FIFO, TIER_STRICT, TIER_AGING or TIER_TARGET (least slack to the service-level threshold"
                    + " first; default: ${DEFAULT-VALUE}).")
    String priority;

    @Option(names = "--tier-order", split = ",", paramLabel = "TIER",
            description = "Priority order for TIER_STRICT, highest first (default: CARE,PREMIUM,STANDARD,BASIC).")
    List<String> tierOrder;

    @Option(names = "--aging-rate", defaultValue = "1", paramLabel = "R",
            description = "TIER_AGING: priority gained per second waited; tier weights are CARE 120, PREMIUM 90,"
                    + " STANDARD 30, BASIC 0 (default: ${DEFAULT-VALUE}).")
    double agingRate;

    @Option(names = "--threshold", split = ",", paramLabel = "CHANNEL=T",
            description = "Service-level thresholds, e.g. PHONE=20s,CHAT=60s,EMAIL=24h,SOCIAL=20m (these are the"
                    + " defaults).")
    Map<String, String> thresholds;

    @Option(names = "--patience-mean", split = ",", paramLabel = "CHANNEL=T",
            description = "Exponential patience for contacts whose patience the trace does not give, e.g. PHONE=300s.")
    Map<String, String> patienceMeans;

    @Option(names = "--chat-concurrency", defaultValue = "2", paramLabel = "K",
            description = "Chats one agent holds at once (default: ${DEFAULT-VALUE}).")
    int chatConcurrency;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "R",
            description = "Replications on derived seeds; above 1 the output carries 95%% half-widths (default:"
                    + " ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--arrivals", defaultValue = "recorded", paramLabel = "HOW",
            description = "recorded (every replication replays the trace's arrivals) or bootstrap-days (each day"
                    + " replaced by a recorded day of the same day of week, drawn per replication; default:"
                    + " ${DEFAULT-VALUE}).")
    String arrivals;

    @Option(names = "--handle-times", defaultValue = "recorded", paramLabel = "HOW",
            description = "recorded or resample (drawn per replication from the channel's recorded handle times;"
                    + " default: ${DEFAULT-VALUE}).")
    String handleTimes;

    @Mixin
    SeedOption seed;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone of staffing schedules and hourly figures (default: ${DEFAULT-VALUE}).")
    String zone;

    @Mixin
    ThreadsOption threads;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        checkScalars(problems);
        Policy policy = policy(problems);
        PatienceModel patience = new PatienceModel(ChannelOptions.parse("--patience-mean", patienceMeans,
                ChannelOptions::positiveSeconds, problems));
        ZoneId zoneId = zone(problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
        Trace loaded = TracePrefetch.read(trace);
        Simulator simulator = new Simulator(loaded, zoneId, new Uncertainty("bootstrap-days".equals(arrivals),
                "resample".equals(handleTimes)));
        Batch batch = new Batch(simulator, List.of(policy), patience, seed.seed(), replications);
        SimulationResult result;
        try (Progress progress = Progress.of("simulate", batch.size(), (long) batch.size() * loaded.size())) {
            result = batch.run(threads.workers(), Batch.Listener.figuresOnly(r -> progress.step())).get(0);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.json() ? SimulationJson.write(result, loaded.size())
                : SimulationTable.write(result, loaded.size()));
        out.flush();
        return 0;
    }

    private Policy policy(List<String> problems) {
        Map<Channel, StaffingSchedule> staffing = ChannelOptions.parse("--agents", agents, StaffingSchedule::parse,
                problems);
        Map<Channel, Double> limits = ChannelOptions.parse("--threshold", thresholds, ChannelOptions::seconds,
                problems);
        Discipline discipline = Discipline.FIFO;
        try {
            discipline = Discipline.valueOf(priority.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("--priority must be one of " + Arrays.toString(Discipline.values()));
        }
        List<ServiceTier> order = tierOrder(problems);
        if (!problems.isEmpty() || staffing.isEmpty()) {
            return null;
        }
        try {
            return new Policy("cli", staffing, discipline, order, Policy.DEFAULT_TIER_WEIGHTS, agingRate, limits,
                    null, chatConcurrency);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private List<ServiceTier> tierOrder(List<String> problems) {
        if (tierOrder == null) {
            return Policy.DEFAULT_TIER_ORDER;
        }
        try {
            return tierOrder.stream().map(t -> ServiceTier.valueOf(t.trim().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            problems.add("--tier-order names an unknown tier (tiers: " + Arrays.toString(ServiceTier.values()) + ")");
            return Policy.DEFAULT_TIER_ORDER;
        }
    }

    private ZoneId zone(List<String> problems) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("--zone '" + zone + "' is not a time zone such as UTC or Europe/Berlin");
            return null;
        }
    }

    private void checkScalars(List<String> problems) {
        if (replications < 1) {
            problems.add("--replications must be at least 1");
        }
        threads.check(problems);
        if (!List.of("recorded", "bootstrap-days").contains(arrivals)) {
            problems.add("--arrivals must be recorded or bootstrap-days");
        }
        if (!List.of("recorded", "resample").contains(handleTimes)) {
            problems.add("--handle-times must be recorded or resample");
        }
        if (chatConcurrency < 1) {
            problems.add("--chat-concurrency must be at least 1");
        }
        if (!(agingRate >= 0)) {
            problems.add("--aging-rate must not be negative");
        }
        format.check(problems);
        if (!Files.isReadable(trace)) {
            problems.add("--trace " + trace + " is not a readable file");
        }
    }
}
