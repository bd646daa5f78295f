package com.activationdesk.security;

import java.util.ArrayList;
import java.util.List;

import com.activationdesk.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16 item 2: a successful login must land in the shell every time, never back on the login page. Logs in
 * and out through the real form and the real logout button, as a user does, 50 times in a row.
 */
class LoginLoopBrowserTest extends BrowserTestBase {

    private static final int ROUNDS = 50;

    @Test
    void fiftyLoginsInARowNeverBounceBackToTheLoginPage() {
        browser.open("login");
        List<Integer> bounces = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            if (!logInLandsInShell()) {
                System.out.println("Login round " + round + " bounced to " + browser.driver().getCurrentUrl());
                bounces.add(round);
                browser.screenshot("login-bounce-" + round);
                continue; // the login page is showing again: the next round logs in from here
            }
            browser.logOut();
        }
        assertThat(bounces).as("rounds whose successful login landed on the login page again").isEmpty();
    }

    /**
     * Submits the login form on the current login page and waits for the next page: the shell (true) or the login
     * form of a new page (false). The old page is marked, so the same login form is not taken for the next one.
     */
    private boolean logInLandsInShell() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]"))).sendKeys(VENDOR_ADMIN);
        js.executeScript("window.loginLoopOldPage = true;");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(PASSWORD, Keys.ENTER);
        browser.waiting().until(d -> !Boolean.TRUE.equals(js.executeScript("return window.loginLoopOldPage === true;"))
                && (!d.findElements(By.id("logout")).isEmpty()
                || !d.findElements(By.cssSelector("vaadin-login-form input[name=username]")).isEmpty()));
        browser.waitUntilIdle();
        return !browser.driver().findElements(By.id("logout")).isEmpty();
    }
}
