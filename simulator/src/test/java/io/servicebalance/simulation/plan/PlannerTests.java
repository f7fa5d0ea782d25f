package io.servicebalance.simulation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.history.CustomerFacts;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A day with three phone contacts whose costs are worked out by hand. One agent: a (09:00:00, 100 s) is answered at
 * once, b (09:00:10, patience 30 s) abandons after 30 s, c (09:00:20) is answered at 09:01:40 after 80 s. Two agents:
 * b is answered at once, c waits 40 s for b's agent. Replications replay the recorded path (uncertainty "recorded"),
 * so each one is the hand-worked case.
 */
class PlannerTests {

    static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    static RecordedHistory history() {
        Instant nine = DAY.plusSeconds(9 * 3600);
        List<TraceContact> contacts = List.of(
                new TraceContact("a", "u-a", ServiceTier.STANDARD, Channel.PHONE, nine, 100, Patience.atLeast(0), 100.0),
                new TraceContact("b", "u-b", ServiceTier.STANDARD, Channel.PHONE, nine.plusSeconds(10), 50,
                        Patience.exactly(30), 100.0),
                new TraceContact("c", "u-c", ServiceTier.STANDARD, Channel.PHONE, nine.plusSeconds(20), 10,
                        Patience.atLeast(80), 100.0));
        Map<String, CustomerFacts> customers = Map.of(
                "u-a", new CustomerFacts("u-a", ServiceTier.STANDARD, 100, false, 0),
                "u-b", new CustomerFacts("u-b", ServiceTier.STANDARD, 100, true, 0),
                "u-c", new CustomerFacts("u-c", ServiceTier.STANDARD, 100, false, 0));
        return new RecordedHistory(DAY, DAY.plusSeconds(86_400), Trace.of(contacts), customers, 9);
    }

    static Scenario scenario(int replications) {
        return scenario(replications, "\"customerValue\": {\"method\": \"recorded\"}");
    }

    /** The hand-made scenario with more {@code costs} keys. */
    static Scenario scenario(int replications, String moreCosts) {
        return ScenarioFile.parse("""
                {"name": "hand-made", "currency": "CHF", "seed": 5, "replications": %d,
                 "historical": {"agents": {"PHONE": "1"}},
                 "grid": {"agents": {"PHONE": {"schedules": ["1", "2"]}}},
                 "targets": {"thresholdSeconds": {"PHONE": 20}},
                 "patience": {"method": "given", "meanSeconds": {"PHONE": 1e12}},
                 "uncertainty": {"arrivals": "recorded", "handleTimes": "recorded", "churnParameters": false},
                 "costs": {"agentPerHour": {"PHONE": 10}, "shrinkage": 0.5, "perContact": {"PHONE": 1},
                           "perAbandoned": {"PHONE": 20}, "slaPenalty": {"STANDARD": 5},
                           "churn": {"method": "given", "intercept": 0, "perAbandon": 1.0986122886681098,
                                     "perLongWait": 0, "perUnresolvedComplaint": 0}, %s}}"""
                .formatted(replications, moreCosts));
    }

    @Test
    void pricesEveryComponentAsWorkedOutByHand() {
        Plan plan = Planner.plan(scenario(3), history(), Map.of(), 2, () -> { });
        PolicyResult one = plan.result().policies().get(0);
        PolicyResult two = plan.result().policies().get(1);
        // one agent: staff 24 h x 10 / 0.5; a and c handled; b abandoned; only c answered late pays the penalty;
        // P(churn) 0.5 with no bad experience, 0.75 for b: attributable 0.25 x 100, baseline 3 x 0.5 x 100
        assertThat(one.costs().staff().mean()).isCloseTo(480, within(1e-9));
        assertThat(one.costs().perContact().mean()).isCloseTo(2, within(1e-9));
        assertThat(one.costs().abandons().mean()).isCloseTo(20, within(1e-9));
        assertThat(one.costs().slaPenalty().mean()).isCloseTo(5, within(1e-9));
        assertThat(one.costs().churn().mean()).isCloseTo(25, within(1e-9));
        assertThat(one.costs().baselineChurn().mean()).isCloseTo(150, within(1e-9));
        assertThat(one.totalCost().mean()).isCloseTo(532, within(1e-9));
        assertThat(one.serviceLevel().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(one.agents()).isCloseTo(1, within(1e-12));
        // two agents: staff doubles, nobody abandons, only c breaches, no attributable churn, the same baseline
        assertThat(two.totalCost().mean()).isCloseTo(960 + 3 + 0 + 5 + 0, within(1e-9));
        assertThat(two.costs().baselineChurn().mean()).isCloseTo(150, within(1e-9));
        assertThat(two.serviceLevel().mean()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(one.totalCost().ci95()).isCloseTo(0, within(1e-9));
    }

    @Test
    void anAbandonPaysTheSlaPenaltyOnlyWhenTheScenarioSaysSo() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"slaPenaltyOnAbandon\": true"), history(), Map.of(), 1, () -> { });
        assertThat(plan.result().policies().get(0).costs().slaPenalty().mean()).isCloseTo(10, within(1e-9));
        assertThat(plan.result().policies().get(0).totalCost().mean()).isCloseTo(537, within(1e-9));
    }

    @Test
    void anAcquisitionCostIsChargedPerChurnedCustomer() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"acquisitionCost\": 1000"), history(), Map.of(), 1, () -> { });
        CostBreakdown one = plan.result().policies().get(0).costs();
        assertThat(one.churn().mean()).isCloseTo(0.25 * 1100, within(1e-9));
        assertThat(one.baselineChurn().mean()).isCloseTo(1.5 * 1100, within(1e-9));
    }

    @Test
    void annualValueIsRecordedPurchasesPerYearOfHistoryTimesTheRemainingYears() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"annual\", \"years\": 2}"),
                history(), Map.of(), 1, () -> { });
        // 100 recorded over one day is 36,525 a year; two years 73,050; b's attributable 0.25 of it
        assertThat(plan.result().policies().get(0).costs().churn().mean()).isCloseTo(0.25 * 73_050, within(1e-6));
    }

    @Test
    void valuesGivenPerTierReplaceRecordedPurchases() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"given\", \"perTier\":"
                + " {\"STANDARD\": 400}}"), history(), Map.of(), 1, () -> { });
        assertThat(plan.result().policies().get(0).costs().churn().mean()).isCloseTo(100, within(1e-9));
    }

    @Test
    void mixedCurrenciesWithoutRatesAreRefusedNamingThem() {
        assertThatThrownBy(() -> Planner.plan(scenario(2), mixedCurrencies(), Map.of(), 1, () -> { }))
                .isInstanceOf(SimulationException.class)
                .hasMessageContaining("costs.exchangeRates: customer values are recorded in EUR, USD besides CHF")
                .hasMessageContaining("give costs.exchangeRates.EUR and costs.exchangeRates.USD");
        assertThatThrownBy(() -> Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"exchangeRates\": {\"EUR\": 1}"), mixedCurrencies(), Map.of(), 1, () -> { }))
                .isInstanceOf(SimulationException.class).hasMessageContaining("recorded in USD besides CHF")
                .hasMessageNotContaining("EUR,");
    }

    @Test
    void mixedCurrenciesAreConvertedAtTheScenariosRates() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"exchangeRates\": {\"EUR\": 1, \"USD\": 0.5}"), mixedCurrencies(), Map.of(), 1, () -> { });
        // b's value: 50 EUR + 60 USD = 80 CHF; attributable 0.25 x 80; baseline 0.5 x (80 + 100 + 100)
        assertThat(plan.result().policies().get(0).costs().churn().mean()).isCloseTo(20, within(1e-9));
        assertThat(plan.result().policies().get(0).costs().baselineChurn().mean()).isCloseTo(140, within(1e-9));
    }

    @Test
    void relationsAreJudgedOnServiceCostWithTotalCostBesideIt() {
        Plan plan = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"acquisitionCost\": 10000"), history(), Map.of(), 1, () -> { });
        PolicyResult two = plan.result().policies().get(1);
        // two agents: service cost 963 against 482, total 968 against 482 + 20 + 5 + 0.25 x 10,100
        assertThat(two.serviceCost().mean()).isCloseTo(963, within(1e-9));
        assertThat(plan.result().historical().totalCost().mean()).isCloseTo(3032, within(1e-9));
        assertThat(plan.result().balancePoint()).isEqualTo(1);
        assertThat(plan.relations().get(1)).isEqualTo("more service for more cost");
        assertThat(plan.totalCostRelations().get(1)).isEqualTo("lower total cost");
        String report = PlanFiles.markdown(plan, "cost.png");
        assertThat(report).contains("**more service for more cost** (service level against service cost")
                .contains("lower total cost: saves 2,064").doesNotContain("for less cost");
        assertThat(PlanJson.tree(plan).path("balancePoint").path("totalCostAgainstHistorical").asText())
                .isEqualTo("lower total cost");
    }

    @Test
    void givesPerChannelFiguresCostPerContactAndServiceProductivityAsWorkedOutByHand() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        PolicyResult one = plan.result().policies().get(0);
        ChannelFigures phone = one.figures().channels().get(Channel.PHONE);
        assertThat(phone.offered()).isEqualTo(3);
        assertThat(phone.serviceLevel().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(phone.asaSeconds().mean()).isCloseTo(40, within(1e-9));
        assertThat(phone.abandonRate().mean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(phone.occupancy().mean()).isBetween(0.0, 1.0);
        assertThat(phone.costPerContact().mean()).isCloseTo(482.0 / 3, within(1e-9));
        assertThat(one.figures().costPerContact().mean()).isCloseTo(482.0 / 3, within(1e-9));
        // value kept: (1 - 0.5) 100 + (1 - 0.75) 100 + (1 - 0.5) 100
        assertThat(one.figures().valueRetained().mean()).isCloseTo(125, within(1e-9));
        assertThat(one.figures().serviceProductivity().mean()).isCloseTo(125.0 / 482, within(1e-12));
        ChannelFigures twoPhone = plan.result().policies().get(1).figures().channels().get(Channel.PHONE);
        assertThat(twoPhone.asaSeconds().mean()).isCloseTo(40.0 / 3, within(1e-9));
        assertThat(twoPhone.costPerContact().mean()).isCloseTo(963.0 / 3, within(1e-9));
        assertThat(PlanJson.tree(plan).path("balancePoint").path("channels").path("PHONE").path("asaSeconds")
                .path("mean").asDouble()).isCloseTo(40, within(1e-9));
    }

    @Test
    void givesTheBalancePointsAndTheHistoricalFiguresPerChannelAndHourOfTheDay() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        com.fasterxml.jackson.databind.JsonNode nine = PlanJson.tree(plan).at("/intervals/historical/PHONE/9");
        // one agent from 09:00: b abandons, a at once, c after 80 s (ASA 40 s)
        assertThat(nine.path("offered").asDouble()).isEqualTo(3);
        assertThat(nine.at("/serviceLevel/mean").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(nine.at("/asaSeconds/mean").asDouble()).isCloseTo(40, within(1e-9));
        assertThat(PlanJson.tree(plan).at("/intervals/balancePoint/PHONE")).hasSize(24);
        assertThat(PlanFiles.markdown(plan, "c.png")).contains("## PHONE by hour of the day")
                .contains("| 09:00 | 3 | 33.3% | 40.0 |");
    }

    @Test
    void theReportShowsAttributableAndBaselineChurnApartAndPerChannelFigures() {
        String report = PlanFiles.markdown(Planner.plan(scenario(2), history(), Map.of(), 1, () -> { }), "c.png");
        assertThat(report).contains("| churn attributable to the policy | 25 ± 0 | 25 ± 0 |")
                .contains("Baseline churn, reported apart and in no total: 150 ± 0 CHF")
                .contains("| balance point | PHONE | 3 | 33.3% ± 0.0 | 40.0 ± 0.0 | 33.3% ± 0.0 |");
    }

    @Test
    void targetsTheScenarioLeavesOutComeFromTheSlaDefinition() {
        Scenario noTargets = ScenarioFile.withTargets(scenario(2), null);
        ServiceLevelAgreement lenient = new ServiceLevelAgreement(Map.of(ServiceTier.STANDARD,
                Map.of(Channel.PHONE, 100.0)), 5);
        // one agent: a waits 0 s, c 80 s: within 100 s, b's abandon after 30 s fails
        assertThat(Planner.plan(noTargets, lenient, history(), Map.of(), 1, PlanLimits.DEFAULTS, () -> { },
                () -> false).result().policies().get(0).serviceLevel().mean()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Planner.plan(noTargets, ServiceLevelAgreement.DEFAULT, history(), Map.of(), 1, PlanLimits.DEFAULTS,
                () -> { }, () -> false).result().policies().get(0).serviceLevel().mean()).isCloseTo(1.0 / 3,
                within(1e-12));
        // the scenario's own channel target (PHONE 20 s) wins over the SLA's per tier
        assertThat(Planner.plan(scenario(2), lenient, history(), Map.of(), 1, PlanLimits.DEFAULTS, () -> { },
                () -> false).result().policies().get(0).serviceLevel().mean()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aShortAbandonIsAMisdialLeftOutOfServiceFiguresAndCostsButNotOfChurn() {
        ServiceLevelAgreement patientMisdials = new ServiceLevelAgreement(Map.of(), 60);
        Plan plan = Planner.plan(scenario(2), patientMisdials, history(), Map.of(), 1, PlanLimits.DEFAULTS,
                () -> { }, () -> false);
        PolicyResult one = plan.result().policies().get(0);
        // b abandons after 30 s < 60 s: a within 20 s, c not; nothing abandoned counts
        assertThat(one.serviceLevel().mean()).isCloseTo(0.5, within(1e-12));
        assertThat(one.abandonRate().mean()).isZero();
        assertThat(one.costs().abandons().mean()).isZero();
        assertThat(one.costs().churn().mean()).isCloseTo(25, within(1e-9));
        assertThat(plan.recordedServiceLevel()).isCloseTo(0.5, within(1e-12));
        assertThat(plan.replayedServiceLevel().mean()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void twoSavedPlansCompareFigureByFigureAgainstTheBaseline() {
        Plan cheap = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        Plan dear = Planner.plan(scenario(2, "\"customerValue\": {\"method\": \"recorded\"},"
                + " \"acquisitionCost\": 10000"), history(), Map.of(), 1, () -> { });
        com.fasterxml.jackson.databind.JsonNode c = PlanComparison.compare("cheap", PlanJson.tree(cheap), "dear",
                PlanJson.tree(dear));
        // the historical policy is the same under both: only churn's price differs (0.25 x 10,000 more)
        assertThat(c.at("/historical/churn/delta").asDouble()).isCloseTo(2500, within(1e-6));
        assertThat(c.at("/historical/serviceCost/delta").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(c.at("/balancePoint/totalCost/baseline").asDouble()).isCloseTo(532, within(1e-9));
        assertThat(c.at("/balancePoint/totalCost/run").asDouble()).isCloseTo(968, within(1e-9));
        assertThat(c.at("/balancePoint/channels/PHONE/asaSeconds/delta").asDouble())
                .isCloseTo(40.0 / 3 - 40, within(1e-9));
        assertThat(c.at("/run/balancePoint").asText()).isEqualTo(dear.result().best().label());
        assertThat(PlanComparison.table(c)).contains("baseline cheap").contains("totalCost");
    }

    private static RecordedHistory mixedCurrencies() {
        RecordedHistory h = history();
        Map<String, CustomerFacts> customers = new java.util.HashMap<>(h.customers());
        customers.put("u-b", new CustomerFacts("u-b", ServiceTier.STANDARD, 110, true, 0,
                Map.of("EUR", 50.0, "USD", 60.0)));
        customers.put("u-a", new CustomerFacts("u-a", ServiceTier.STANDARD, 100, false, 0, Map.of("CHF", 100.0)));
        return new RecordedHistory(h.from(), h.to(), h.trace(), customers, h.eventsRead());
    }

    @Test
    void theBalancePointIsTheLowestExpectedTotalAndComparedWithHistory() {
        Plan plan = Planner.plan(scenario(3), history(), Map.of(), 1, () -> { });
        assertThat(plan.result().balancePoint()).isZero();
        assertThat(plan.result().policies()).filteredOn(PolicyResult::balancePoint).hasSize(1);
        assertThat(plan.relations()).containsExactly("the same service for the same cost",
                "more service for more cost");
        assertThat(plan.result().policies().get(1).dominated()).isFalse();
        assertThat(plan.result().historical().totalCost().mean()).isCloseTo(532, within(1e-9));
    }

    @Test
    void replayingTheHistoricalPolicyReproducesTheRecordedFigures() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        assertThat(plan.recordedServiceLevel()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(plan.recordedAbandonRate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(plan.replayedServiceLevel().mean()).isCloseTo(plan.recordedServiceLevel(), within(1e-12));
        assertThat(plan.replayedAbandonRate().mean()).isCloseTo(plan.recordedAbandonRate(), within(1e-12));
        assertThat(PlanJson.tree(plan).path("historical").path("faithful").asBoolean()).isTrue();
    }

    @Test
    void theSameSeedWritesTheSameReport() {
        String first = PlanJson.tree(Planner.plan(scenario(4), history(), Map.of(), 2, () -> { })).toString();
        String again = PlanJson.tree(Planner.plan(scenario(4), history(), Map.of(), 1, () -> { })).toString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void resultsCsvMarksExactlyTheMinimumOfExpectedTotalCost() {
        Plan plan = Planner.plan(scenario(2), history(), Map.of(), 1, () -> { });
        String[] lines = PlanFiles.csv(plan).split("\n");
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).contains("policy", "service_level", "service_cost", "poor_service_cost", "total_cost",
                "total_cost_ci95", "balance_point");
        int total = header.indexOf("total_cost");
        double min = Double.MAX_VALUE;
        String minRowFlag = null;
        int flagged = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].replaceAll("\"[^\"]*\"", "label").split(",", -1);
            double cost = Double.parseDouble(cells[total]);
            if (cost < min) {
                min = cost;
                minRowFlag = cells[cells.length - 1];
            }
            flagged += cells[cells.length - 1].equals("true") ? 1 : 0;
        }
        assertThat(flagged).isEqualTo(1);
        assertThat(minRowFlag).isEqualTo("true");
    }
}
