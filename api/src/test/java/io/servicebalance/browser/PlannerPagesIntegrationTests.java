package io.servicebalance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.history.HistorySeeder;
import io.servicebalance.history.SeededFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A planner in a real browser: runs the default scenario, reads the result, sorts, downloads, compares two runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class PlannerPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    HistorySeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void seeded(Browser shared) {
        SeededFixture.ensure(seeder, jdbc);
        browser = shared;
        browser.at(port);
        browser.login("planner");
    }

    /** Fills the form's window with the fixture's weeks (the scenario's other keys stay the default) and runs it. */
    private String run(String name, String replications, String phoneTargets) {
        browser.open("/ui/planner");
        browser.set("[id='window.from']", SeededFixture.FROM.toString().substring(0, 10));
        browser.set("[id='window.to']", SeededFixture.TO.toString().substring(0, 10));
        if (name != null) {
            browser.set("[id='name']", name);
            browser.set("[id='replications']", replications);
            browser.set("[id='grid.serviceLevelTargets.PHONE']", phoneTargets);
        }
        browser.find("#run").click();
        browser.until(d -> browser.path().matches("/ui/planner/runs/[0-9a-f-]{36}"));
        String path = browser.path();
        browser.until(Duration.ofSeconds(90), d -> !browser.all("#balance-point").isEmpty()
                || !browser.all("#run-error").isEmpty());
        return path;
    }

    @Test
    void theDefaultScenarioRunsAndItsResultShowsTheBalancePointTheCostChartAndTheFiles() {
        browser.open("/ui/planner");
        String json = browser.find("#scenario").getAttribute("value");
        assertThat(json).contains("\"method\": \"optimise\"", "\"targets\": \"together\"");
        browser.set("[id='window.from']", "2030-03-04");
        assertThat(browser.find("#scenario").getAttribute("value")).as("the JSON follows the field")
                .contains("\"from\": \"2030-03-04T00:00:00Z\"");

        String run = run(null, null, null);

        assertThat(browser.all("#run-error")).isEmpty();
        assertThat(browser.text("#balance-point")).startsWith("PHONE ").contains("%, CHAT ", "%, EMAIL ");
        assertThat(browser.text("#balance-words")).startsWith("The balance point is PHONE ")
                .containsPattern("Against the historical policy .*(saves|costs)");
        WebElement chart = browser.find("#chart-cost-vs-service-level svg");
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(400);
        assertThat(browser.all("#policies tbody tr")).as("5 targets x 2 priorities").hasSize(10);
        assertThat(browser.fetch(run + "/status")).startsWith("200\n").contains("\"status\":\"SUCCEEDED\"",
                "\"progress\":1.0");
        assertThat(browser.fetch(run + "/charts/cost-vs-service-level.png")).startsWith("200\n");
        assertThat(browser.fetch(run + "/results.csv")).startsWith("200\npolicy,");
        assertThat(browser.fetch(run + "/report.md")).startsWith("200\n# Staffing per half-hour");
        assertThat(browser.fetch(run + "/report.json")).startsWith("200\n{").contains("\"balancePoint\"");
        browser.screenshot("planner-result");
        browser.phoneScreenshot("planner-result-phone");

        browser.find("#policies th:nth-child(8) button").click();
        assertThat(browser.find("#policies th:nth-child(8)").getAttribute("aria-sort")).isEqualTo("descending");
        List<Double> totals = browser.all("#policies tbody td:nth-child(8)").stream()
                .map(td -> Double.parseDouble(td.getAttribute("data-sort"))).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void twoRunsCompareSideBySide() {
        String first = run("Lean phone staffing", "3", "0.5, 0.6, 0.7, 0.8, 0.85");
        String second = run("Generous phone staffing", "3", "0.8, 0.9, 0.95, 0.97, 0.99");
        assertThat(browser.text("h1")).isEqualTo("Generous phone staffing");

        new Select(browser.find("#other")).selectByValue(first.substring(first.lastIndexOf('/') + 1));
        browser.find("#other").findElement(By.xpath("following-sibling::button")).click();

        browser.until(d -> browser.path().startsWith("/ui/planner/compare"));
        assertThat(browser.text("#comparison thead")).contains("Generous phone staffing", "Lean phone staffing");
        assertThat(browser.text("#comparison")).contains("Balance point", "Saving against the historical policy");
        assertThat(browser.all(".side-by-side svg")).hasSize(2);
        browser.screenshot("planner-compare");

        browser.open("/ui/planner");
        assertThat(browser.text("#compare-form")).contains("Lean phone staffing", "Generous phone staffing");
        assertThat(second).isNotEqualTo(first);
        browser.screenshot("planner-form");
    }

    @Test
    void aScenarioWithBadFiguresIsRefusedNamingThemAndNothingRuns() {
        long runs = jdbc.queryForObject("SELECT count(*) FROM simulation_run", Long.class);
        browser.open("/ui/planner");
        browser.set("[id='costs.agentPerHour.PHONE']", "-3");
        browser.set("[id='costs.agentPerHour.CHAT']", "-1");
        browser.find("#run").click();

        browser.until(d -> !browser.all("#problems").isEmpty());
        assertThat(browser.text("#problems")).contains("costs.agentPerHour.PHONE", "costs.agentPerHour.CHAT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM simulation_run", Long.class)).isEqualTo(runs);
        browser.screenshot("planner-refused");
    }
}
