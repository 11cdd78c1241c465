package org.bihuan.support;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: a real headless Chromium (Debian's {@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver}; Selenium Manager never runs and nothing is downloaded) against the application on
 * its random port, plus everything {@link ApiScenario} offers to walk cases through the API meanwhile. Annotate the
 * test class with {@link RequiresChromium}. The browser starts on first use, in a fresh profile, at office size;
 * {@link #onPhone()} makes it 390×844.
 */
public abstract class BrowserScenario extends ApiScenario {

    public static final Path CHROMIUM = Path.of(System.getProperty("bihuan.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("bihuan.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension OFFICE = new Dimension(1366, 768);
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Waits end as soon as their condition holds; this is only how long a broken page may take to fail. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    static final String AXE = "/vendor/axe-core/axe.min.js";
    /**
     * The axe rules whose every violation fails a page, whatever axe's impact rating: labels and names of
     * controls, colour contrast, landmarks. Any other rule fails a page only with a serious or critical violation.
     */
    public static final Set<String> ALWAYS_ENFORCED = Set.of(
            "label", "select-name", "button-name", "input-button-name", "link-name", "form-field-multiple-labels",
            "aria-input-field-name", "label-title-only", "color-contrast",
            "region", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner",
            "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-banner-is-top-level",
            "landmark-main-is-top-level", "landmark-contentinfo-is-top-level", "landmark-complementary-is-top-level");

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            profile = null;
        }
    }

    /** The browser, started on first use. */
    protected ChromeDriver browser() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private void start() {
        try {
            profile = Files.createTempDirectory("bihuan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an explicit driver and binary: Selenium Manager is not consulted and downloads nothing
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + OFFICE.width + "," + OFFICE.height, "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        resize(OFFICE);
    }

    protected void onPhone() {
        resize(PHONE);
    }

    protected void inTheOffice() {
        resize(OFFICE);
    }

    /** Sets the viewport (not the outer window) to the size, as a phone or a screen of that size shows pages. */
    protected void resize(Dimension viewport) {
        browser().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width, "height", viewport.height, "deviceScaleFactor", 1, "mobile", viewport.width < 768));
    }

    /** Opens a path of the application and waits until the page has loaded. */
    protected void open(String path) {
        browser().get("http://localhost:" + port + path);
        waitForPage();
    }

    /** Signs in through the login page as a test account (password {@link TestUsers#PASSWORD}) and lands on the start page. */
    protected void signInAs(String username) {
        open("/login");
        fill("username", username);
        fill("password", TestUsers.PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    /** Types into the input, select or textarea with this name (the API's JSON path), replacing what was there. */
    protected void fill(String name, String value) {
        WebElement field = waitFor(By.name(name));
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
            return;
        }
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Activates a control as a person does, and waits for what follows: the next page when it leaves this one (a
     * plain link or a form's submit button), or the end of htmx's request when it only swaps a part. Through script,
     * after scrolling it to the middle: with the phone's viewport emulated inside a larger window, Chromium's own click
     * at computed coordinates can miss or hit another element. An element that htmx replaced while it was being
     * found (a search that answered late) is looked up again.
     */
    protected void click(By target) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForPage();
                WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(target));
                JavascriptExecutor script = browser();
                script.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                boolean leavesThePage = Boolean.TRUE.equals(script.executeScript(LEAVES_THE_PAGE, element));
                script.executeScript("arguments[0].click()", element);
                if (leavesThePage) {
                    waitUntil(ExpectedConditions.stalenessOf(element));
                }
                waitForPage();
                return;
            } catch (StaleElementReferenceException | JavascriptException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (WebDriverException e) {
                // chromedriver's words for an element htmx swapped out between finding and using it
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /** True when activating the element loads another page: a plain link, or a submit button of a form htmx does not drive. */
    private static final String LEAVES_THE_PAGE = """
            const e = arguments[0];
            const htmx = el => el && ['hx-get', 'hx-post', 'hx-put', 'hx-delete', 'hx-patch'].some(a => el.hasAttribute(a));
            if (htmx(e) || e.closest('[hx-boost="true"]')) return false;
            if (e.tagName === 'A') {
                const href = e.getAttribute('href');
                return !!href && !href.startsWith('#') && !e.hasAttribute('download') && !e.target;
            }
            const submits = (e.tagName === 'BUTTON' && (e.type || 'submit') === 'submit') || (e.tagName === 'INPUT' && e.type === 'submit');
            if (!submits || !e.form) return false;
            return !htmx(e.form) && !e.hasAttribute('formtarget') && !e.form.target;
            """;

    /** Clicks the link or button showing this text. */
    protected void clickText(String text) {
        click(By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "] | //button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    protected WebElement waitFor(By target) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(target));
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        browser();
        return wait.until(condition);
    }

    /** Waits until the document has loaded and no htmx request is running. */
    protected void waitForPage() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && document.querySelector('.htmx-request') === null")));
    }

    /** The text a person sees on the page. */
    protected String pageText() {
        return browser().findElement(By.tagName("body")).getText();
    }

    /** Saves the whole page (not only the viewport) as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number width = (Number) browser().executeScript("return document.documentElement.clientWidth");
            Number height = (Number) browser().executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
            Map<String, Object> shot = browser().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page and fails on every violation of {@link #ALWAYS_ENFORCED} and on every serious or
     * critical violation of any other rule (WCAG 2.x A and AA, and axe's best practices).
     */
    @SuppressWarnings("unchecked")
    protected void assertAccessible() {
        browser().executeScript(axeSource());
        browser().manage().timeouts().scriptTimeout(PATIENCE);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)}))))
                   .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
                """);
        List<Map<String, Object>> failing = violations.stream()
                .filter(v -> ALWAYS_ENFORCED.contains(v.get("id")) || "serious".equals(v.get("impact"))
                        || "critical".equals(v.get("impact")) || "axe-error".equals(v.get("id")))
                .toList();
        assertThat(failing).as("accessibility violations on %s", browser().getCurrentUrl()).isEmpty();
    }

    /** Fails if the browser reported an error, such as a script or style the Content-Security-Policy refused. */
    protected void assertNoBrowserErrors() {
        List<String> errors = browser().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    private static String axeSource() {
        try (InputStream axe = BrowserScenario.class.getResourceAsStream(AXE)) {
            assertThat(axe).as("vendored axe-core at %s", AXE).isNotNull();
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
