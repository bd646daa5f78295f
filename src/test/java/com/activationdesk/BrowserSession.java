package com.activationdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium for a test class, and the few Vaadin-aware moves the browser tests need: log in
 * through the login form, type into and choose in Vaadin fields by their id, wait until Flow is idle, read grids
 * and take screenshots into {@code target/screenshots/}. Driver and browser are given explicitly, so Selenium
 * Manager never downloads anything.
 */
public final class BrowserSession implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** The first page load in dev mode can take 10–20 s on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Every element matching the selector, in the document and inside every shadow root (overlays live there). */
    private static final String DEEP_QUERY = """
            const deep = (root, selector, found) => {
                root.querySelectorAll(selector).forEach(e => found.push(e));
                root.querySelectorAll('*').forEach(e => e.shadowRoot && deep(e.shadowRoot, selector, found));
                return found;
            };
            """;

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private String baseUrl;

    private BrowserSession(ChromeDriverService service, Path profile, WebDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    public static BrowserSession start() throws IOException {
        RequiredTool.require(CHROMIUM, CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        Path profile = Files.createTempDirectory("activationdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new BrowserSession(service, profile, new ChromeDriver(service, options));
    }

    /** The server under test; the port is known only once Spring has injected it into the test instance. */
    public void useServer(int port) {
        baseUrl = "http://localhost:" + port + "/";
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Opens a path of the app (e.g. {@code requests?q=x}) and waits until Flow has rendered it. */
    public void open(String path) {
        driver.get(url(path));
        waitUntilIdle();
    }

    /** Through the real login form, then until the first view has rendered. */
    public void logIn(String email, String password) {
        driver.get(url(""));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    /** Logs in and waits for the shell (its user panel), so the session is really there. */
    public void logInToShell(String email, String password) {
        logIn(email, password);
        wait.until(d -> !d.findElements(By.id("logout")).isEmpty());
        waitUntilIdle();
    }

    /**
     * Through the shell's logout button, until the login form shows. Not {@link #click}: that would wait for the
     * Flow client of the page the logout is leaving.
     */
    public void logOut() {
        clickable(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
    }

    /** Forgets the session (cookies), so the next test starts logged out in the same browser. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Until no Flow client has a request to the server in flight. */
    public void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());""")));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(String id) {
        clickable(By.id(id)).click();
        waitUntilIdle();
    }

    /**
     * Scrolled to the middle of the view first: the app scrolls inside the layout's content area, not the window,
     * and Chromium's own scrolling before a click can leave the element under the fold ("click intercepted").
     */
    public WebElement clickable(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.elementToBeClickable(element));
    }

    /** The native input of a Vaadin text-like field (text, e-mail, integer, date, combo box, text area). */
    public WebElement input(String id) {
        return visible(By.cssSelector("#" + id + " input, #" + id + " textarea"));
    }

    /** Types into an empty field and leaves it with Tab, so even a lazy value-change mode sends the value. */
    public void type(String id, String text) {
        input(id).sendKeys(text, Keys.TAB);
    }

    /**
     * Types a date in the browser locale's format into a {@code vaadin-date-picker}; Enter commits it and closes
     * the calendar that opened while typing (Tab would leave it open over the fields below).
     */
    public void typeDate(String id, String text) {
        input(id).sendKeys(text, Keys.ENTER);
        wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).opened;", id)));
        waitUntilIdle();
    }

    /** Replaces whatever the field holds. */
    public void replace(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitUntilIdle();
    }

    /** Ticks a {@code vaadin-checkbox} by clicking its label (the native input is invisible, so not clickable). */
    public void tick(String id) {
        clickable(By.cssSelector("vaadin-checkbox#" + id + " > label")).click();
        waitUntilIdle();
    }

    /** Picks a radio button of a {@code vaadin-radio-group} by its visible label. */
    public void chooseRadio(String groupId, String label) {
        clickable(By.xpath("//vaadin-radio-group[@id='" + groupId
                + "']//vaadin-radio-button[contains(., '" + label + "')]/label")).click();
        waitUntilIdle();
    }

    /**
     * Types a filter into a {@code vaadin-combo-box} (or the multi-select one), waits for the overlay item with
     * the label, and clicks it.
     */
    public void chooseInComboBox(String id, String filter, String label) {
        WebElement input = input(id);
        input.click();
        input.sendKeys(filter);
        clickOverlayItem("vaadin-combo-box-item, vaadin-multi-select-combo-box-item", label);
        waitUntilIdle();
    }

    /** Opens a {@code vaadin-select} and clicks the item with the label. */
    public void chooseInSelect(String id, String label) {
        clickable(By.id(id)).click();
        clickOverlayItem("vaadin-select-item", label);
        waitUntilIdle();
    }

    private void clickOverlayItem(String selector, String label) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(DEEP_QUERY + """
                const item = deep(document, arguments[0], [])
                    .find(e => e.getClientRects().length > 0 && e.textContent.includes(arguments[1]));
                if (item) { item.click(); }
                return !!item;""", selector, label)));
    }

    /**
     * The text content of an element with collapsed white space, or "" while it is missing. Not Selenium's
     * getText: that is empty for an element scrolled out of the layout's scrolling content area.
     */
    public String text(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id);
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").trim();
    }

    /** The value property of a Vaadin field (what the web component holds, e.g. the text field's text). */
    public String value(String id) {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.value : null;", id);
        return value == null ? "" : value.toString();
    }

    /** The login form's error panel (title and text, inside two shadow roots); empty while it is hidden. */
    public String loginError() {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                const wrapper = document.querySelector('vaadin-login-form')?.shadowRoot?.querySelector('vaadin-login-form-wrapper');
                const error = wrapper?.shadowRoot?.querySelector('[part=error-message]');
                return error && !error.hidden ? error.textContent.replace(/\\s+/g, ' ').trim() : '';""");
        return text == null ? "" : text.toString();
    }

    /** Clicks the menu entry leading to this route path (e.g. {@code requests}) and waits until Flow is idle. */
    public void clickMenu(String path) {
        clickable(By.cssSelector("vaadin-side-nav-item[path='" + path + "']")).click();
        waitUntilIdle();
    }

    /** Cell texts of a grid (header cells included); the cells are light-DOM {@code vaadin-grid-cell-content}. */
    @SuppressWarnings("unchecked")
    public List<String> gridTexts(String gridId) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('vaadin-grid#' + arguments[0] + ' vaadin-grid-cell-content'))
                    .map(cell => cell.textContent.trim());""", gridId);
    }

    /** The number of rows the server told the grid it has. */
    public long gridSize(String gridId) {
        Object size = ((JavascriptExecutor) driver).executeScript(
                "const g = document.getElementById(arguments[0]); return g ? g.size : -1;", gridId);
        return size == null ? -1 : ((Number) size).longValue();
    }

    /** Clicks the grid cell showing exactly this text and waits until the row's click has navigated away. */
    public void openGridRow(String gridId, String text) {
        String before = driver.getCurrentUrl();
        clickable(By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='"
                + text + "']")).click();
        wait.until(d -> !before.equals(d.getCurrentUrl()));
        waitUntilIdle();
    }

    /** Errors and warnings the page logged to the browser console since the last call (for failure reports). */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
