package io.servicebalance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin in a real browser: the read model's status and lag, and a rebuild followed to its end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AdminPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theReadModelShowsItsLagAndRebuildsWithProgress(Browser browser) {
        browser.at(port);
        browser.login("admin");
        browser.open("/ui/admin");
        assertThat(browser.text("#lag")).matches("\\d+ events");
        String generation = browser.text("#active-generation");

        browser.find("#rebuild").click();

        browser.until(d -> browser.path().equals("/ui/admin"));
        assertThat(browser.text("[role=status]")).isEqualTo("The rebuild has started.");
        browser.until(Duration.ofSeconds(120), d -> browser.text("#rebuild-state").equals("DONE"));
        browser.until(d -> !browser.text("#active-generation").equals(generation));
        assertThat(browser.find("#rebuild-progress").getAttribute("value")).isEqualTo("1");
        browser.screenshot("admin");
    }
}
