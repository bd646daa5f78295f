package com.activationdesk.security;

import com.activationdesk.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;

/**
 * #11 item 2 in Chromium, with the inactivity timeout shortened to a few seconds (a Spring context of its own): an
 * open tab left alone is sent to the login page with the "session ended" notice at the next click.
 */
@TestPropertySource(properties = "server.servlet.session.timeout=" + SessionTimeoutBrowserTest.TIMEOUT_SECONDS + "s")
class SessionTimeoutBrowserTest extends BrowserTestBase {

    static final int TIMEOUT_SECONDS = 12;

    @Test
    void anIdleTabIsSentToTheLoginPageAtTheNextClick() throws InterruptedException {
        browser.logInToShell(NORDLICHT_USER2, PASSWORD);
        browser.clickMenu("requests");
        // The client may still be on its way from the page after login ("/?continue") when the click returns.
        browser.waiting().until(d -> d.getCurrentUrl().contains("/requests"));

        Thread.sleep((TIMEOUT_SECONDS + 1) * 1000L);
        browser.clickMenu("");

        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login?expired"));
        browser.waiting().until(d -> browser.loginError().contains("Session ended"));
    }
}
