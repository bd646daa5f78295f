package com.activationdesk;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing in Debian's headless Chromium: log in through the Vaadin login form and see the organisations
 * grid; a wrong password shows the login error and keeps the e-mail.
 */
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void adminLogsInAndSeesTheOrganisations() {
        browser.logIn(VENDOR_ADMIN, PASSWORD);

        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[contains(., 'Organisations')]"))).click();

        browser.waiting().until(d -> browser.gridTexts("organizations-grid").contains("Nordlicht Systemhaus GmbH"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/organizations");
        browser.screenshot("admin-organizations");
    }

    @Test
    void wrongPasswordShowsTheLoginError() {
        browser.logIn(VENDOR_ADMIN, "not-the-password");

        browser.waiting().until(d -> d.getCurrentUrl().contains("error"));
        browser.waiting().until(d -> loginErrorText().contains("Login failed"));
        assertThat(loginErrorText()).contains("E-mail or password is wrong");
        browser.waiting().until(d -> VENDOR_ADMIN.equals(usernameValue()));
        assertThat(browser.driver().getTitle()).isEqualTo("Log in | Activation Desk");
    }

    /** What the login form's e-mail field holds. */
    private String usernameValue() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('vaadin-login-form input[name=username]')?.value;");
    }

    private String loginErrorText() {
        return browser.loginError();
    }
}
