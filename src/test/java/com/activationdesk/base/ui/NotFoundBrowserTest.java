package com.activationdesk.base.ui;

import com.activationdesk.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 8 in Chromium: an unknown URL, opened directly, shows the titled not-found page and the browser
 * receives HTTP 404 for it; a view the user may not open looks and answers the same; known views stay 200.
 */
class NotFoundBrowserTest extends BrowserTestBase {

    @Test
    void anUnknownUrlShowsTheNotFoundPageWithStatus404() {
        browser.logInToShell(NORDLICHT_USER1, PASSWORD);

        browser.open("gibt-es-nicht");

        browser.visible(By.id("not-found"));
        assertThat(browser.text("not-found")).contains("Seite nicht gefunden");
        assertThat(browser.driver().getTitle()).startsWith("Seite nicht gefunden");
        assertThat(statusOfThisPage()).isEqualTo(404);

        browser.open("");
        browser.visible(By.id("logout"));
        assertThat(statusOfThisPage()).isEqualTo(200);
    }

    @Test
    void aViewTheUserMayNotOpenAnswersLikeAnUnknownOne() {
        browser.logInToShell(NORDLICHT_USER1, PASSWORD);

        browser.open("admin/audit");

        browser.visible(By.id("not-found"));
        assertThat(statusOfThisPage()).isEqualTo(404);
    }

    @Test
    void theSameViewAnswers200ForWhoMayOpenIt() {
        browser.logInToShell(VENDOR_ADMIN, PASSWORD);

        browser.open("admin/audit");

        assertThat(statusOfThisPage()).isEqualTo(200);
        assertThat(browser.driver().findElements(By.id("not-found"))).isEmpty();
    }

    /** The HTTP status of the document the browser shows, as the browser received it. */
    private long statusOfThisPage() {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;");
    }
}
