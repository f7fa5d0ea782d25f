package io.servicebalance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.history.SeededFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An account manager in a real browser: their customers, a long timeline scrolled to its end, live entries, limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class CustomerPagesIntegrationTests {

    static final Instant T = SeededFixture.REGISTERED_AT;
    static final String SCRIPT = "<script>alert(1)</script>";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void login(Browser shared) {
        browser = shared;
        browser.at(port);
        browser.login("manager1");
    }

    private String customer(String name, String email, String manager) {
        String id = "ui-" + UUID.randomUUID();
        SeededFixture.registerWithManager(gateway, id, name, email, ServiceTier.PREMIUM, manager);
        return id;
    }

    private void purchase(String id, String amount, Instant at) {
        gateway.sendAndWait(new RecordPurchase(new CustomerId(id), new BigDecimal(amount), "EUR", null, at));
    }

    private int stored(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE customer_id = ? AND generation ="
                + " (SELECT active FROM read_model_generation)", Integer.class, id);
    }

    private void visible(String id, int entries) {
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(id) == entries);
    }

    private long entries() {
        return (Long) browser.script("return document.querySelectorAll('#timeline li.entry').length");
    }

    @Test
    void aThousandEntryTimelineScrollsToItsEndWithEveryEntryOnceAndANewEntryArrivesWithoutReloading() {
        String id = customer("Tess Scroll", "tess@example.com", "manager1");
        for (int i = 0; i < 998; i++) {
            purchase(id, "10.00", T.plusSeconds(10 + i));
        }
        visible(id, 1_000);

        browser.open("/ui/customers/" + id);
        assertThat(browser.text("#customer-name")).isEqualTo("Tess Scroll");
        assertThat(browser.text("#kpis")).contains("PREMIUM", "9,980.00 EUR", "manager1");
        browser.viewportScreenshot("customer");
        browser.script("window.notReloaded = true");
        while (!browser.text("#timeline-end").equals("End of the timeline.")) {
            long before = entries();
            browser.script("window.scrollTo(0, document.documentElement.scrollHeight)");
            browser.until(d -> entries() > before || browser.text("#timeline-end").equals("End of the timeline."));
        }
        @SuppressWarnings("unchecked")
        List<String> times = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'#timeline li.entry'), li => li.dataset.occurredAt)");
        assertThat(times).hasSize(1_000);
        assertThat(new HashSet<>(times)).hasSize(1_000);
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));

        browser.until(d -> "open".equals(browser.find("#timeline").getAttribute("data-live")));
        purchase(id, "77.70", T.plusSeconds(5_000));
        browser.until(d -> browser.find("#timeline li.entry .summary").getText().equals("Purchase of 77.70 EUR"));
        assertThat(entries()).isEqualTo(1_001);
        assertThat(browser.script("return window.notReloaded")).isEqualTo(true);
        browser.script("window.scrollTo(0, 0)");
        browser.viewportScreenshot("customer-live");
        browser.driver().manage().window().setSize(Browser.PHONE);
        browser.viewportScreenshot("customer-live-phone");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
    }

    @Test
    void myCustomersAreSearchedAndFilteredAndAsOfShowsWhatWasKnown() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String id = customer("Fil Ter " + token, "fil." + token + "@example.com", "manager1");
        purchase(id, "5.00", T.plusSeconds(100));
        visible(id, 3);

        browser.open("/ui/customers");
        browser.find("#q").sendKeys(token);
        browser.find("form[role=search] button").click();
        browser.until(d -> browser.all("#customers tbody tr").size() == 1);
        assertThat(browser.text("#customers")).contains("Fil Ter " + token, "PREMIUM");
        browser.screenshot("customers");

        browser.find("#customers tbody a").click();
        browser.until(d -> browser.path().startsWith("/ui/customers/" + id));
        browser.find("details.filters summary").click();
        browser.find("#type option[value=PurchaseRecorded]").click();
        browser.find("#filters button[type=submit]").click();
        browser.until(d -> browser.path().contains("type=PurchaseRecorded"));
        assertThat(browser.all("#timeline li.entry")).extracting(li -> li.getAttribute("data-type"))
                .containsExactly("PurchaseRecorded");

        browser.open("/ui/customers/" + id + "?asOf=2000-01-01T00:00");
        assertThat(browser.all("#timeline li.entry")).isEmpty();
        assertThat(browser.text("#as-of-note")).contains("2000-01-01 00:00 UTC");
        browser.open("/ui/customers/" + id + "?from=not-a-day");
        assertThat(browser.text("#filter-problems")).contains("from");
    }

    @Test
    void anotherManagersCustomerIsRefusedAndNothingOfItIsShown() {
        String id = customer("Secret Person", "secret.person@example.com", "manager2");
        visible(id, 2);

        browser.open("/ui/customers/" + id);

        assertThat(browser.text("h1")).isEqualTo("Not your customer");
        assertThat(browser.text("#refusal")).contains("is not assigned to you");
        browser.screenshot("customer-refused");
        assertThat(browser.driver().getPageSource()).doesNotContain("Secret Person", "secret.person@example.com");
        assertThat(browser.fetch("/ui/customers/" + id + "/entries")).startsWith("403\n")
                .doesNotContain("Secret Person");
        assertThat((Long) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status))", "/ui/customers/" + id + "/stream")).isEqualTo(403L);
        browser.open("/ui/customers?q=Secret");
        assertThat(browser.all("#customers")).isEmpty();
    }

    @Test
    void aCustomerNamedLikeAScriptIsShownAsText() {
        String id = customer(SCRIPT, "xss@example.com", "manager1");
        visible(id, 2);

        browser.open("/ui/customers/" + id);
        assertThat(browser.text("#customer-name")).isEqualTo(SCRIPT);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        browser.screenshot("customer-script-name");

        browser.open("/ui/customers?q=alert");
        assertThat(browser.text("#customers")).contains(SCRIPT);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
