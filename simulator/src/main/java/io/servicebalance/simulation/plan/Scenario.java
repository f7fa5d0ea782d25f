package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.plan.constraint.CrossChecked;
import io.servicebalance.simulation.plan.constraint.CrossChecked.Problem;
import io.servicebalance.simulation.plan.constraint.Figure;
import io.servicebalance.simulation.plan.constraint.NameOf;
import io.servicebalance.simulation.plan.constraint.ScheduleText;
import io.servicebalance.simulation.plan.constraint.ZoneName;
import io.servicebalance.simulation.policy.Discipline;
import io.servicebalance.simulation.policy.Policy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A planner's what-if question, read from JSON (docs/planning.md): the window of history to replay, the historical
 * policy, the grid of policies to try, the service-level targets, the patience and churn models, the costs and what
 * replications vary (uncertainty).
 * Its constraints (Jakarta Bean Validation) are checked all at once by {@link ScenarioFile}; channel, tier and
 * priority names stay strings here so that an unknown name is one more reported violation rather than a parse
 * failure. Defaults for what a scenario leaves out are in {@link Defaults}.
 */
@CrossChecked
public record Scenario(String name, String currency, @Valid Window window, @ZoneName String zone, Long seed,
                       @Min(value = 1, message = "must be at least 1") Integer replications,
                       @NotNull(message = "is required: \\{\"source\": \"seeded\"\\} or \\{\"agents\": \\{\"PHONE\":"
                               + " \"14\"\\}\\}") @Valid Historical historical,
                       @NotNull(message = "is empty: give at least one of grid.agents, grid.priority,"
                               + " grid.tierTargetSeconds") @Valid Grid grid,
                       @Valid Targets targets, @Valid PatienceSpec patience,
                       @NotNull(message = "is required (at least costs.agentPerHour)") @Valid Costs costs,
                       @Valid StaffingSpec staffing, @Valid Demand demand, @Valid UncertaintySpec uncertainty)
        implements CrossChecked.Rules {

    /** What a scenario that leaves a value out gets: the one place these defaults live. */
    public static final class Defaults {

        public static final String CURRENCY = "EUR";
        public static final String ZONE = "UTC";
        public static final long SEED = 1;
        public static final int REPLICATIONS = 10;
        public static final String PRIORITY = "FIFO";
        public static final double SHRINKAGE = 0.3;
        public static final double CUSTOMER_VALUE = 0;
        /** Expected remaining years of a customer: {@code costs.customerValue.years}. */
        public static final double CUSTOMER_YEARS = 1;
        /** Waits that count as long for churn, per channel: {@code costs.churn.longWaitSeconds}. */
        public static final Map<Channel, Double> LONG_WAIT_SECONDS = Map.of(Channel.PHONE, 60.0, Channel.CHAT,
                180.0, Channel.EMAIL, 259_200.0, Channel.SOCIAL, 3_600.0);
        /** {@code staffing.method}: staffing from {@code grid.agents} (scaled or listed schedules). */
        public static final String STAFFING_METHOD = "grid";
        /** {@code staffing.interval}: the length staffing is optimised in. */
        public static final String INTERVAL = "PT30M";
        /** {@code staffing.occupancyCap}: busy time / staffed time an optimised staffing may reach, per channel. */
        public static final double OCCUPANCY_CAP = 0.85;
        /** Replications each simulated evaluation of an optimisation pools, at most (fewer when the scenario asks). */
        public static final int OPTIMISE_REPLICATIONS = 3;
        /** {@code staffing.targets}: every combination of the channels' service-level targets is a policy. */
        public static final String TARGETS = "combinations";

        private Defaults() {
        }

        public static int replications(Scenario s) {
            return s.replications() == null ? REPLICATIONS : s.replications();
        }

        public static long seed(Scenario s) {
            return s.seed() == null ? SEED : s.seed();
        }

        public static String zone(Scenario s) {
            return s.zone() == null ? ZONE : s.zone();
        }

        public static String currency(Scenario s) {
            return s.currency() == null ? CURRENCY : s.currency();
        }

        public static boolean optimises(Scenario s) {
            return s.staffing() != null && "optimise".equals(s.staffing().method());
        }

        public static java.time.Duration interval(Scenario s) {
            return java.time.Duration.parse(s.staffing() == null || s.staffing().interval() == null ? INTERVAL
                    : s.staffing().interval());
        }

        public static double occupancyCap(Scenario s, Channel channel) {
            Double cap = s.staffing() == null || s.staffing().occupancyCap() == null ? null
                    : s.staffing().occupancyCap().get(channel.name());
            return cap == null ? OCCUPANCY_CAP : cap;
        }

        /** Whether the channels' i-th targets make one policy together (one axis) rather than every combination. */
        public static boolean targetsTogether(Scenario s) {
            return s.staffing() != null && "together".equals(s.staffing().targets());
        }

        public static int optimiseReplications(Scenario s) {
            return Math.min(replications(s), OPTIMISE_REPLICATIONS);
        }
    }

    @Override
    public List<Problem> crossProblems() {
        boolean targets = grid != null && grid.serviceLevelTargets() != null && !grid.serviceLevelTargets().isEmpty();
        boolean optimise = Defaults.optimises(this);
        if (targets && !optimise) {
            return List.of(new Problem(null, "grid.serviceLevelTargets: needs staffing.method \"optimise\""));
        }
        if (optimise && !targets) {
            return List.of(new Problem(null, "staffing.method: \"optimise\" needs grid.serviceLevelTargets (targets"
                    + " per channel, e.g. {\"PHONE\": [0.8, 0.9]})"));
        }
        if (targets && Defaults.targetsTogether(this)
                && grid.serviceLevelTargets().values().stream().filter(java.util.Objects::nonNull).map(List::size).distinct().count() > 1) {
            return List.of(new Problem(null, "grid.serviceLevelTargets: with staffing.targets \"together\" every"
                    + " channel lists as many targets (" + new java.util.TreeMap<>(grid.serviceLevelTargets())
                    .entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + " " + e.getValue().size())
                    .toList() + ")"));
        }
        return List.of();
    }

    /**
     * What each replication varies besides patience, honest by default: {@code arrivals} "bootstrap-days" (each day
     * replaced by a recorded day of the same day of week, drawn with replacement) or "recorded"; {@code handleTimes}
     * "resample" (drawn with replacement from the channel's recorded ones) or "recorded"; {@code churnParameters}
     * true (the fitted churn coefficients drawn from their estimated sampling distribution per replication) or false.
     */
    public record UncertaintySpec(
            @Pattern(regexp = "bootstrap-days|recorded", message = "must be \"bootstrap-days\" or \"recorded\"")
            String arrivals,
            @Pattern(regexp = "resample|recorded", message = "must be \"resample\" or \"recorded\"")
            String handleTimes,
            Boolean churnParameters) {

        public static final String BOOTSTRAP_DAYS = "bootstrap-days";
        public static final String RESAMPLE = "resample";

        /** The defaults: bootstrap-days, resample, churnParameters true. */
        public static UncertaintySpec of(Scenario s) {
            UncertaintySpec u = s.uncertainty() == null ? new UncertaintySpec(null, null, null) : s.uncertainty();
            return new UncertaintySpec(u.arrivals == null ? BOOTSTRAP_DAYS : u.arrivals,
                    u.handleTimes == null ? RESAMPLE : u.handleTimes,
                    u.churnParameters == null || u.churnParameters);
        }

        /** What the simulator resamples (arrivals and handle times); set values only, see {@link #of}. */
        public io.servicebalance.simulation.Uncertainty simulation() {
            return new io.servicebalance.simulation.Uncertainty(BOOTSTRAP_DAYS.equals(arrivals),
                    RESAMPLE.equals(handleTimes));
        }
    }

    /** Contacts received in [from, to); either bound may be omitted. */
    @CrossChecked
    public record Window(Instant from, Instant to) implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return from != null && to != null && !from.isBefore(to)
                    ? List.of(new Problem("from", "must be before window.to")) : List.of();
        }
    }

    /**
     * The policy the history was recorded under: {@code source: "seeded"} takes the staffing the seed command ran,
     * otherwise {@code agents} gives a schedule per channel ({@code "14"} or {@code "6@00:00/14@08:00"}).
     */
    @CrossChecked
    public record Historical(
            @Pattern(regexp = "seeded", message = "must be \"seeded\" (or leave it out and give historical.agents)")
            String source,
            Map<@NameOf(value = Channel.class, what = "channel") String, @ScheduleText String> agents,
            @NameOf(value = Discipline.class, what = "priority") String priority,
            @Min(value = 1, message = "must be at least 1") Integer chatConcurrency) implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return source == null && (agents == null || agents.isEmpty()) ? List.of(new Problem("agents",
                    "is required when historical.source is not \"seeded\"")) : List.of();
        }

        String priorityOrDefault() {
            return priority == null ? Defaults.PRIORITY : priority;
        }

        int chatConcurrencyOrDefault() {
            return chatConcurrency == null ? Policy.DEFAULT_CHAT_CONCURRENCY : chatConcurrency;
        }
    }

    /**
     * The policies to try: the product of every axis. {@code agents} per channel: {@code scale} factors applied to
     * the historical schedule, or explicit {@code schedules}; {@code priority}: queue disciplines;
     * {@code tierTargetSeconds}: tier -> channel -> thresholds.
     */
    @CrossChecked
    public record Grid(Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Valid StaffingAxis> agents,
                       List<@NotNull @NameOf(value = Discipline.class, what = "priority") String> priority,
                       Map<@NameOf(value = ServiceTier.class, what = "tier") String,
                               @NotNull Map<@NameOf(value = Channel.class, what = "channel") String,
                                       @NotNull @Size(min = 1, message = "is empty") List<@NotNull @Figure Double>>>
                               tierTargetSeconds,
                       Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Size(min = 1,
                               message = "is empty") List<@NotNull @DecimalMin(value = "0", inclusive = false,
                               message = "must lie strictly between 0 and 1") @DecimalMax(value = "1",
                               inclusive = false, message = "must lie strictly between 0 and 1") Double>>
                               serviceLevelTargets) implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            List<Problem> problems = new ArrayList<>();
            if ((agents == null || agents.isEmpty()) && (priority == null || priority.isEmpty())
                    && (tierTargetSeconds == null || tierTargetSeconds.isEmpty())
                    && (serviceLevelTargets == null || serviceLevelTargets.isEmpty())) {
                problems.add(new Problem(null, "is empty: give at least one of grid.agents, grid.priority,"
                        + " grid.tierTargetSeconds, grid.serviceLevelTargets"));
            } else if (priority != null && priority.isEmpty()) {
                problems.add(new Problem("priority", "is empty"));
            }
            if (agents != null && serviceLevelTargets != null) {
                serviceLevelTargets.keySet().stream().filter(agents::containsKey).sorted().forEach(c -> problems.add(
                        new Problem("serviceLevelTargets", c + " is also in grid.agents: a channel's staffing is"
                                + " either scaled or listed there, or optimised here")));
            }
            return problems;
        }
    }

    /**
     * How staffing is found. {@code method}: {@code "grid"} (the default: {@code grid.agents}) or {@code "optimise"}
     * (the fewest agents per {@code interval} and day of the week meeting each of {@code grid.serviceLevelTargets});
     * {@code occupancyCap} per channel (default {@value Defaults#OCCUPANCY_CAP}); {@code targets}
     * {@code "combinations"} (the default: each channel's targets are an axis of the grid) or {@code "together"} (one
     * axis whose i-th policy staffs every channel for its i-th target).
     */
    @CrossChecked
    public record StaffingSpec(
            @Pattern(regexp = "grid|optimise", message = "must be \"grid\" or \"optimise\"") String method,
            String interval,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @DecimalMin(value = "0",
                    inclusive = false, message = "must be above 0 and at most 1") @DecimalMax(value = "1",
                    message = "must be above 0 and at most 1") Double> occupancyCap,
            @Pattern(regexp = "combinations|together", message = "must be \"combinations\" or \"together\"")
            String targets) implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            if (interval == null) {
                return List.of();
            }
            java.time.Duration d;
            try {
                d = java.time.Duration.parse(interval);
            } catch (java.time.format.DateTimeParseException e) {
                return List.of(new Problem("interval", "'" + interval + "' is not an ISO-8601 duration such as"
                        + " PT30M"));
            }
            if (d.compareTo(java.time.Duration.ofMinutes(5)) < 0 || d.compareTo(java.time.Duration.ofDays(1)) > 0
                    || d.getNano() != 0 || 86_400 % d.getSeconds() != 0) {
                return List.of(new Problem("interval", "'" + interval + "' must divide a day into equal intervals of"
                        + " at least 5 minutes (PT15M, PT30M, PT1H, ...)"));
            }
            return List.of();
        }
    }

    /**
     * Demand what-ifs applied to the recorded trace before planning (docs/planning.md): {@code volume} and
     * {@code handleTime} factors per channel, {@code moves} of a share of one channel to another, {@code shrinkage}
     * per channel (replacing {@code costs.shrinkage}), and a {@code horizon} planned instead of the window.
     */
    public record Demand(
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure @DecimalMax(value = "100",
                    message = "must be at most 100") Double> volume,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure(positive = true,
                    message = "must be a positive number") @DecimalMax(value = "100", message = "must be at most 100")
                    Double> handleTime,
            List<@NotNull @Valid Move> moves,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @DecimalMin(value = "0",
                    message = "must be at least 0 and below 1") @DecimalMax(value = "1", inclusive = false,
                    message = "must be at least 0 and below 1") Double> shrinkage,
            @Valid Horizon horizon) {
    }

    /** A {@code share} of the contacts of channel {@code from} arrive on channel {@code to} instead. */
    @CrossChecked
    public record Move(@NotNull(message = "is required") @NameOf(value = Channel.class, what = "channel") String from,
                       @NotNull(message = "is required") @NameOf(value = Channel.class, what = "channel") String to,
                       @NotNull(message = "is required") @DecimalMin(value = "0", message = "must lie in [0, 1]")
                       @DecimalMax(value = "1", message = "must lie in [0, 1]") Double share)
            implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return from != null && from.equals(to) ? List.of(new Problem("to", "must differ from from")) : List.of();
        }
    }

    /** {@code days} days from the end of the window, with {@code growth} (0.12: +12%) on every channel's volume. */
    public record Horizon(@NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 3660")
                          @jakarta.validation.constraints.Max(value = 3660, message = "must be between 1 and 3660")
                          Integer days,
                          @DecimalMin(value = "-1", inclusive = false, message = "must be above -1")
                          @DecimalMax(value = "100", message = "must be at most 100") Double growth) {
    }

    /** Exactly one of: factors applied to the historical schedule, or explicit schedules. */
    @CrossChecked
    public record StaffingAxis(@Size(min = 1, message = "is empty") List<@NotNull @Figure(positive = true,
                                       message = "must be a positive number") Double> scale,
                               @Size(min = 1, message = "is empty") List<@ScheduleText String> schedules)
            implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return (scale == null) == (schedules == null)
                    ? List.of(new Problem(null, "needs exactly one of scale or schedules")) : List.of();
        }

        int size() {
            return scale != null ? scale.size() : schedules == null ? 0 : schedules.size();
        }
    }

    /**
     * Service-level thresholds per channel, optionally per tier and channel, and the wait below which an abandon is a
     * misdial rather than a failure. What a scenario leaves out comes from the SLA definition the application is
     * configured with ({@code servicebalance.sla}, {@code servicebalance.short-abandon-seconds}; docs/planning.md).
     */
    public record Targets(Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure Double>
                                  thresholdSeconds,
                          Map<@NameOf(value = ServiceTier.class, what = "tier") String,
                                  @NotNull Map<@NameOf(value = Channel.class, what = "channel") String,
                                          @NotNull @Figure Double>> tierThresholdSeconds,
                          @Figure Double shortAbandonSeconds) {
    }

    /** {@code fitted} (from the history, censoring-aware; the default) or {@code given} means per channel. */
    @CrossChecked
    public record PatienceSpec(
            @Pattern(regexp = "fitted|given", message = "must be \"fitted\" or \"given\"") String method,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure(positive = true,
                    message = "must be a positive number") Double> meanSeconds) implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return "given".equals(method) && (meanSeconds == null || meanSeconds.isEmpty()) ? List.of(new Problem(
                    "meanSeconds", "is required when patience.method is \"given\"")) : List.of();
        }

        boolean given() {
            return "given".equals(method);
        }
    }

    /**
     * Cost figures in {@code currency} for the whole window.
     *
     * @param agentPerHour          cost of one agent hour per channel
     * @param shrinkage             share of paid time not on the phones (default {@value Defaults#SHRINKAGE})
     * @param perContact            cost per handled contact per channel
     * @param perAbandoned          cost per abandoned contact per channel
     * @param slaPenalty            penalty per breached contact, per tier
     * @param defaultCustomerValue  value of a customer with no recorded purchases
     * @param exchangeRates         value of one unit of another currency in {@code currency}, for customer values
     *                              recorded in it; a history holding other currencies without a rate is refused
     * @param customerValue         what a churned customer's value is over the planning horizon
     * @param acquisitionCost       cost of winning one new customer, charged per churned customer (DOMAIN.md: a
     *                              lost customer takes about ten new ones to make up for)
     * @param slaPenaltyOnAbandon   whether an abandon also pays the SLA penalty (default false: an abandon pays its
     *                              per-abandon cost and drives churn; the penalty is for contacts answered late)
     */
    @CrossChecked
    public record Costs(
            @NotEmpty(message = "is required") Map<@NameOf(value = Channel.class, what = "channel") String,
                    @NotNull @Figure Double> agentPerHour,
            @DecimalMin(value = "0", message = "must be at least 0 and below 1")
            @DecimalMax(value = "1", inclusive = false, message = "must be at least 0 and below 1") Double shrinkage,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure Double> perContact,
            Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure Double> perAbandoned,
            Map<@NameOf(value = ServiceTier.class, what = "tier") String, @NotNull @Figure Double> slaPenalty,
            @Valid Churn churn, @Figure Double defaultCustomerValue,
            Map<String, @NotNull @Figure(positive = true, message = "must be a positive number") Double> exchangeRates,
            @Valid CustomerValue customerValue, @Figure Double acquisitionCost, Boolean slaPenaltyOnAbandon)
            implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return exchangeRates == null ? List.of() : exchangeRates.keySet().stream()
                    .filter(c -> c == null || !c.matches("[A-Z]{3}"))
                    .map(c -> new Problem("exchangeRates", "'" + c + "' is not a currency code (three capital"
                            + " letters)")).toList();
        }

        double shrinkageOrDefault() {
            return shrinkage == null ? Defaults.SHRINKAGE : shrinkage;
        }

        double defaultCustomerValueOrDefault() {
            return defaultCustomerValue == null ? Defaults.CUSTOMER_VALUE : defaultCustomerValue;
        }

        double acquisitionCostOrDefault() {
            return acquisitionCost == null ? 0 : acquisitionCost;
        }

        boolean slaPenaltyOnAbandonOrDefault() {
            return slaPenaltyOnAbandon != null && slaPenaltyOnAbandon;
        }

        CustomerValue customerValueOrDefault() {
            return customerValue == null ? new CustomerValue(null, null, null) : customerValue;
        }
    }

    /**
     * A customer's value over the planning horizon, in the scenario's currency: {@code annual} (the default) takes
     * the customer's recorded purchases per year of recorded history times {@code years} (expected remaining years,
     * default {@value Defaults#CUSTOMER_YEARS}); {@code recorded} takes the recorded purchases as they are; {@code given}
     * takes {@code perTier} (the customer's latest tier).
     */
    @CrossChecked
    public record CustomerValue(
            @Pattern(regexp = "annual|recorded|given", message = "must be \"annual\", \"recorded\" or \"given\"")
            String method,
            @Figure(positive = true, message = "must be a positive number") Double years,
            Map<@NameOf(value = ServiceTier.class, what = "tier") String, @NotNull @Figure Double> perTier)
            implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            return "given".equals(method) && (perTier == null || perTier.isEmpty()) ? List.of(new Problem("perTier",
                    "is required when costs.customerValue.method is \"given\"")) : List.of();
        }

        String methodOrDefault() {
            return method == null ? "annual" : method;
        }

        double yearsOrDefault() {
            return years == null ? Defaults.CUSTOMER_YEARS : years;
        }
    }

    /**
     * Churn probability = 1 / (1 + exp(-(intercept + perAbandon a + perLongWait w + perUnresolvedComplaint u))) for a
     * customer with a abandons, w long waits and u unresolved complaints; {@code fitted} (the default) estimates the
     * coefficients from the history by maximum-likelihood logistic regression, {@code given} takes them from here.
     */
    @CrossChecked
    public record Churn(@Pattern(regexp = "fitted|given", message = "must be \"fitted\" or \"given\"") String method,
                        Double intercept, Double perAbandon, Double perLongWait, Double perUnresolvedComplaint,
                        Map<@NameOf(value = Channel.class, what = "channel") String, @NotNull @Figure(positive = true,
                                message = "must be a positive number") Double> longWaitSeconds)
            implements CrossChecked.Rules {

        @Override
        public List<Problem> crossProblems() {
            boolean missing = intercept == null || perAbandon == null || perLongWait == null
                    || perUnresolvedComplaint == null;
            return "given".equals(method) && missing ? List.of(new Problem(null, "\"given\" needs intercept,"
                    + " perAbandon, perLongWait and perUnresolvedComplaint")) : List.of();
        }
    }
}
