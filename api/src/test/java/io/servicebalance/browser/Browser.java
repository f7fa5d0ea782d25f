package io.servicebalance.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium shared by the browser tests of a JVM, driven through Debian's chromedriver named by
 * path (so Selenium Manager never looks for, or downloads, a driver or a browser). Screenshots go to
 * {@code target/screenshots}.
 */
final class Browser implements ExtensionContext.Store.CloseableResource {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private String base;

    Browser() {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        try {
            profile = Files.createTempDirectory("servicebalance-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    void at(int port) {
        base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    /** Logs in through the form as a demo user (password = name), after ending any earlier session. */
    void login(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(user);
        find("main form button[type=submit]").click();
        until(d -> d.getCurrentUrl().endsWith("/ui") || d.getCurrentUrl().contains("/login?error"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an asynchronous script; it ends by calling {@code arguments[arguments.length - 1]} with its result. */
    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** The body of a GET of this page's origin with the browser's session, as text. */
    String fetch(String path) {
        return (String) asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + t)))", path);
    }

    <T> T until(ExpectedCondition<T> condition) {
        return until(Duration.ofSeconds(20), condition);
    }

    <T> T until(Duration timeout, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    }

    /** Sets a field as a user would (the page's script sees an input event). */
    void set(String css, String value) {
        script("const f = arguments[0]; f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));"
                + "f.dispatchEvent(new Event('change', {bubbles: true}));", find(css), value);
    }

    /** Saves the whole page (up to 4,000 px tall) at the current width as target/screenshots/NAME.png. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(4_000, height + 140)));
        try {
            viewportScreenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Saves what the window shows as target/screenshots/NAME.png. */
    void viewportScreenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page as a phone shows it (390 px wide), then goes back to the desktop width. */
    void phoneScreenshot(String name) {
        driver.manage().window().setSize(PHONE);
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left in the temporary directory is harmless
        }
    }
}
