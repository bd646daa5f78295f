package com.activationdesk.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import com.activationdesk.BrowserTest;
import com.activationdesk.RequiredTool;
import com.activationdesk.RunAs;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cloud Ops dashboard in Debian's headless Chromium: the median line is real SVG, a number card is a link the
 * router follows without reloading the page, and the grid it opens counts exactly the card's number. Shares the
 * Spring context of {@code LoginBrowserTest} (same configuration) and its real server port.
 */
@BrowserTest
class DashboardBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    /** The system clock: this context shares "now" with the browser. */
    @Autowired
    Clock clock;

    private ChromeDriverService service;
    private Path profile;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        RequiredTool.require(CHROMIUM, CHROMEDRIVER);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        profile = Files.createTempDirectory("activationdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1200", "--lang=en-US", "--user-data-dir=" + profile);
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
    void cloudOpsDashboardDrawsSvgAndItsCardsOpenTheGridWithoutAReload() throws IOException {
        // through the workflow, at the real time of this context: one invited (this week's line), one in the queue
        RequestDetails invited = forwarded(runAs);
        runAs.run(OPS1, () -> requests.provisionAndInvite(invited.id(), invited.version(), "t-browser"));
        forwarded(runAs);

        logIn(OPS2, PASSWORD);
        By onTrack = By.id("card-sla-ON_TRACK");
        wait.until(ExpectedConditions.elementToBeClickable(onTrack));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat((Boolean) js.executeScript("return document.querySelector('#chart-median svg') instanceof SVGSVGElement"
                + " && document.querySelector('#chart-median polyline') instanceof SVGPolylineElement"
                + " && document.querySelector('#chart-median polyline').getBBox().width > 0")).isTrue();
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                screenshots.resolve("dashboard-cloud-ops.png"), StandardCopyOption.REPLACE_EXISTING);
        String number = driver.findElement(onTrack).getDomAttribute("data-value");
        assertThat(Long.parseLong(number)).isGreaterThanOrEqualTo(1);

        js.executeScript("window.dashboardMarker = 'still the same page';");
        driver.findElement(onTrack).click();

        wait.until(d -> d.getCurrentUrl().contains("/requests?") && d.getCurrentUrl().contains("sla=ON_TRACK"));
        // "1 request" when this test runs alone, "N requests" beside other tests' data
        wait.until(d -> d.findElement(By.id("requests-total")).getText().matches(number + " requests?"));
        assertThat(js.executeScript("return window.dashboardMarker")).isEqualTo("still the same page");
    }

    private RequestDetails forwarded(RunAs runAs) {
        RequestDetails draft = runAs.as(RHEINWERK_USER1, () -> requests.createDraft(
                TestRequest.valid(clock).withPlatform(Platform.OPENSCAPE_VOICE).form()));
        RequestDetails submitted = runAs.as(RHEINWERK_USER1, () -> requests.submit(draft.id(), draft.version()));
        return runAs.as(CAM1, () -> requests.forwardToCloudOps(submitted.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
    }

    private void logIn(String email, String password) {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
    }
}
