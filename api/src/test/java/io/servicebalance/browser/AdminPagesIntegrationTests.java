package io.servicebalance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.imports.ImportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin in a real browser: the read model's status and lag, a rebuild followed to its end, and the import of a
 * recorded history from uploaded files (refused files listed by file, line and field; good ones followed to the end).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class AdminPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void refusedFilesAreListedByFileLineAndFieldAndGoodOnesAreImportedWithProgress(Browser browser, @TempDir Path dir)
            throws IOException {
        String p = ImportFiles.prefix();
        Path customers = ImportFiles.write(dir, "customers.csv", p);
        Path contacts = ImportFiles.write(dir, "contacts.csv", p);
        Path purchases = ImportFiles.write(dir, "purchases.csv", p);
        Path bad = dir.resolve("bad").resolve("customers.csv");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Files.readString(customers).replaceFirst("PREMIUM", "GOLD")
                .replaceFirst("2026-01-05T09:15:00\\+01:00", "2026-13-05T09:15:00Z"));
        browser.at(port);
        browser.login("admin");

        browser.open("/ui/admin");
        upload(browser, bad, contacts, null);

        browser.until(d -> browser.path().equals("/ui/admin/imports"));
        assertThat(browser.text("#import-problems h2")).isEqualTo("The files were refused; nothing was imported");
        List<String> rows = browser.all("#import-problems tbody tr").stream().map(WebElement::getText).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("customers.csv 2 tier "))
                .anyMatch(r -> r.startsWith("customers.csv 3 registered_at "));
        assertThat(ImportFiles.events(jdbc, p)).isZero();
        browser.screenshot("admin-import-refused");
        browser.phoneScreenshot("admin-import-refused-phone");

        upload(browser, customers, contacts, purchases);

        browser.until(d -> browser.path().matches("/ui/admin/imports/[0-9a-f-]{36}"));
        browser.until(Duration.ofSeconds(60), d -> browser.text("#import-status").equals("SUCCEEDED"));
        browser.until(d -> !browser.all("#import-summary").isEmpty());
        assertThat(browser.find("#import-progress").getAttribute("value")).isEqualTo("1");
        assertThat(browser.text("#import-summary")).contains("14 rows");
        assertThat(ImportFiles.events(jdbc, p)).isPositive();
        browser.screenshot("admin-import");
        browser.phoneScreenshot("admin-import-phone");
    }

    /** Chooses the files in the page's upload form (as a user picks them) and sends it. */
    private static void upload(Browser browser, Path customers, Path contacts, Path purchases) {
        browser.find("#customers").sendKeys(customers.toAbsolutePath().toString());
        browser.find("#contacts").sendKeys(contacts.toAbsolutePath().toString());
        if (purchases != null) {
            browser.find("#purchases").sendKeys(purchases.toAbsolutePath().toString());
        }
        browser.find("#import-submit").click();
    }
}
