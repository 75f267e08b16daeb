package org.lotus.mp.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, with the machine's chromedriver (never a downloaded browser).
 * {@code .ci/run} installs the {@code chromium} and {@code chromium-driver} packages.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) throws Exception {
        this(port, new String[0]);
    }

    /** With more Chromium flags, e.g. a fake microphone for recording tests. */
    public Browser(int port, String... extraArguments) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("install Debian's chromium and chromium-driver (see .ci/run)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile-"));
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        // The answer to the form is a redirect: wait for it, or the next open() races the sign-in on a slow machine.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !(baseUrl + "/login").equals(d.getCurrentUrl()));
        return this;
    }

    /** The element's text, read again if the page replaced the element in between. */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    /**
     * The element's text once it holds {@code expected}: after a form is sent, the page that had the element before
     * may still be showing, or be replaced while it is read.
     */
    public String textContaining(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return text(by);
    }

    public org.openqa.selenium.WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Runs a same-origin fetch in the page and returns the HTTP status it got. */
    public long fetchStatus(String method, String path, String formBody) {
        Object status = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[1], {method: arguments[0], redirect: 'manual', headers: "
                        + "{'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[2]})"
                        + ".then(r => done(r.status)).catch(e => done(-1));",
                method,
                path,
                formBody);
        return ((Number) status).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
