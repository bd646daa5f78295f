package com.activationdesk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real thing in Debian's headless Chromium: log in through the Vaadin login form and see the organisations
 * grid, and a wrong password shows the login error. Driver and browser are given explicitly, so Selenium Manager
 * never downloads anything. Its own Spring context, because it needs a real server port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "activationdesk.test-context=browser")
@ActiveProfiles("test")
class LoginBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** The first page load in dev mode can take 10–20 s on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    private ChromeDriverService service;
    private Path profile;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(CHROMIUM.canExecute(), "Chromium is not installed at " + CHROMIUM);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        profile = Files.createTempDirectory("activationdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void adminLogsInAndSeesTheOrganisations() throws IOException {
        logIn("admin@vendor.example", "demodemo2026");

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[contains(., 'Organisations')]"))).click();

        wait.until(d -> organisationGridTexts().contains("Nordlicht Systemhaus GmbH"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/organizations");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                screenshots.resolve("admin-organizations.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void wrongPasswordShowsTheLoginError() {
        logIn("admin@vendor.example", "not-the-password");

        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> loginErrorText().contains("Login failed"));
        assertThat(loginErrorText()).contains("E-mail or password is wrong");
    }

    private void logIn(String email, String password) {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    /** Cell texts of the grid; the cells are light-DOM {@code vaadin-grid-cell-content} elements. */
    @SuppressWarnings("unchecked")
    private List<String> organisationGridTexts() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('vaadin-grid#organizations-grid vaadin-grid-cell-content'))
                    .map(cell => cell.textContent.trim());""");
    }

    /** The login form shows its error inside two shadow roots; empty while it is hidden. */
    private String loginErrorText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const wrapper = document.querySelector('vaadin-login-form')?.shadowRoot?.querySelector('vaadin-login-form-wrapper');
                const error = wrapper?.shadowRoot?.querySelector('[part=error-message]');
                return error && !error.hidden ? error.textContent.replace(/\\s+/g, ' ').trim() : '';""");
    }
}
