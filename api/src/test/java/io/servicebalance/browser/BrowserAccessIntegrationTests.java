package io.servicebalance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logging in and out in a real browser, each role's way in, CSRF tokens on forms, and the REST API left stateless
 * beside the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class BrowserAccessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void at(Browser shared) {
        browser = shared;
        browser.at(port);
    }

    @Test
    void eachRoleLogsInAndIsLedToItsPagesOnly() {
        browser.login("agent");
        assertThat(browser.text("main")).contains("Recording interactions").doesNotContain("Planner");
        browser.open("/ui/planner");
        assertThat(browser.text("h1")).isEqualTo("Refused");
        assertThat(browser.text("main")).contains("Your role may not open this page");

        browser.login("planner");
        assertThat(browser.text("nav")).contains("Planner").doesNotContain("Admin", "customers");
        browser.screenshot("home-planner");
        browser.open("/ui/customers");
        assertThat(browser.text("h1")).isEqualTo("Refused");

        browser.login("manager1");
        assertThat(browser.text("nav")).contains("My customers").doesNotContain("Planner");
        browser.open("/ui/admin");
        assertThat(browser.text("h1")).isEqualTo("Refused");

        browser.login("admin");
        assertThat(browser.text("nav")).contains("Planner", "Customers", "Admin");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.find("#username").sendKeys("planner");
        browser.find("#password").sendKeys("guess");
        browser.find("main form button").click();
        browser.until(d -> browser.path().startsWith("/login?error"));
        assertThat(browser.text("[role=alert]")).isEqualTo("Wrong user name or password.");
        browser.screenshot("login-refused");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndDoesNothing() {
        browser.login("planner");
        long runs = jdbc.queryForObject("SELECT count(*) FROM simulation_run", Long.class);
        browser.open("/ui/planner");
        browser.script("document.querySelector('#scenario-form input[name=_csrf]').remove()");
        browser.find("#run").click();

        browser.until(d -> !browser.all("h1").isEmpty() && browser.text("h1").equals("Refused"));
        assertThat(browser.text("main")).contains("sent without its security token (CSRF)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM simulation_run", Long.class)).isEqualTo(runs);
        browser.screenshot("csrf-refused");
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        browser.login("planner");
        browser.open("/ui/planner");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.find("form.logout button").click();

        browser.until(d -> browser.path().equals("/login?logout"));
        assertThat(browser.text("[role=status]")).isEqualTo("You are logged out.");
        browser.open("/ui/planner");
        assertThat(browser.path()).isEqualTo("/login");
        HttpResponse<String> oldSession = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/ui/planner")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oldSession.statusCode()).as("the old session cookie opens nothing").isEqualTo(302);
        assertThat(oldSession.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theApiStaysStatelessBesideThePages() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/customers")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "manager1:manager1".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();

        browser.login("admin");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> withSession = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/customers")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSession.statusCode()).as("a page session is no way into the API").isEqualTo(401);
        HttpResponse<String> postWithoutToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/api/customers")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "agent:agent".getBytes(StandardCharsets.UTF_8))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(postWithoutToken.statusCode()).as("the API needs no CSRF token").isEqualTo(400);
    }
}
