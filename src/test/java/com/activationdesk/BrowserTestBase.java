package com.activationdesk;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per test class, pointed at this test context's server, logged out before each test; after each
 * test the last screen is saved and browser console problems are printed, also when a step failed.
 */
@BrowserTest
public abstract class BrowserTestBase {

    protected static BrowserSession browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void useServer() {
        browser.useServer(port);
        browser.forgetSession();
    }

    @AfterEach
    void lastScreen(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + "-last");
        browser.consoleProblems().forEach(problem -> System.out.println("Browser console: " + problem));
    }
}
