package io.servicebalance.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.SeededFixture;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.plan.PlanLimits;
import io.servicebalance.simulation.plan.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The planning use case on a seeded history in a real PostgreSQL: the demo's scenario over the fixture's window gives
 * a report with attributable and baseline churn apart, the relation on service cost and per-channel figures; customer
 * values come per currency from the contact history; mixed currencies without rates are refused naming them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(SeededFixture.class)
class PlanningServiceIntegrationTests {

    @Autowired
    PlanningService planning;
    @Autowired
    HistoryReader reader;

    @TempDir
    Path out;

    @Test
    void theDemosReportShowsAttributableAndBaselineChurnApartTheRelationOnServiceCostAndPerChannelFigures()
            throws Exception {
        PlanRun run = planning.plan(SeededFixture.demoScenario("EUR", 3, ""), PlanLimits.DEFAULTS, 2,
                SeededFixture.SILENT, () -> { }, () -> false);
        PlanningService.write(run.plan(), out);
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("| churn attributable to the policy |")
                .contains("Baseline churn, reported apart and in no total:")
                .contains("(service level against service cost, DOMAIN.md)")
                .contains("| balance point | PHONE |").contains("| historical | CHAT |")
                .contains("service productivity");
        var best = run.plan().result().best();
        assertThat(best.costs().baselineChurn().mean()).isPositive();
        assertThat(best.poorServiceCost().mean()).isCloseTo(best.costs().abandons().mean()
                + best.costs().slaPenalty().mean() + best.costs().churn().mean(),
                org.assertj.core.api.Assertions.within(1e-6));
        if (best.serviceCost().mean() > run.plan().result().historical().serviceCost().mean()
                + best.serviceCost().ci95()) {
            assertThat(run.plan().relations().get(best.index())).doesNotContain("less cost");
        }
        for (String file : new String[] {"report.json", "results.csv", "cost-vs-service-level.png", "frontier.svg"}) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
    }

    @Test
    void customerValuesComePerCurrencyFromTheContactHistory() {
        RecordedHistory history = reader.read(SeededFixture.FROM, SeededFixture.TO);
        assertThat(history.customers().values()).filteredOn(f -> f.value() > 0).isNotEmpty()
                .allSatisfy(f -> assertThat(f.valueByCurrency()).containsOnlyKeys("EUR")
                        .hasEntrySatisfying("EUR", v -> assertThat(v).isCloseTo(f.value(),
                                org.assertj.core.api.Assertions.within(1e-6))));
        assertThat(reader.currencies()).contains("EUR");
        assertThat(history.recordedYears()).isGreaterThan(13.0 / 365.25);
    }

    @Test
    void mixedCurrenciesWithoutRatesAreRefusedNamingThemBeforeAnythingRuns() throws Exception {
        Scenario chf = SeededFixture.demoScenario("CHF", 1, "");
        assertThatThrownBy(() -> planning.check(chf, PlanLimits.DEFAULTS)).isInstanceOf(SimulationException.class)
                .hasMessageContaining("costs.exchangeRates: customer values are recorded in EUR besides CHF")
                .hasMessageContaining("give costs.exchangeRates.EUR (the value of one unit in CHF)");
        assertThatThrownBy(() -> planning.plan(chf, PlanLimits.DEFAULTS, 1, SeededFixture.SILENT, () -> { },
                () -> false)).isInstanceOf(SimulationException.class).hasMessageContaining("EUR besides CHF");
    }
}
