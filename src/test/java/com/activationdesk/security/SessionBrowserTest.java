package com.activationdesk.security;

import com.activationdesk.BrowserTestBase;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #11 items 1 and 2 in Chromium: a user disabled while their tab is open lands on the login page with the "session
 * ended" notice at the next click; a login starts a new session id.
 */
class SessionBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "Browser-Sitzung-2026";

    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUserDisabledWhileLoggedInIsSentToTheLoginPageAtTheNextClick() {
        UserRow user = newPartnerUser();
        browser.logInToShell(user.email(), PASSWORD);
        browser.clickMenu("requests");
        // The client may still be on its way from the page after login ("/?continue") when the click returns.
        browser.waiting().until(d -> d.getCurrentUrl().contains("/requests"));

        runAs.run(VENDOR_ADMIN, () -> users.setEnabled(user.id(), user.version(), false));
        browser.clickMenu("");

        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/login?expired"));
        browser.waiting().until(d -> browser.loginError().contains("Session ended"));
        assertThat(browser.loginError()).contains("Please sign in again");
        browser.open("requests");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void aLoginStartsANewSession() {
        browser.open("login");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");

        browser.logInToShell(newPartnerUser().email(), PASSWORD);

        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
    }

    private UserRow newPartnerUser() {
        long nordlicht = jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class,
                "Nordlicht Systemhaus GmbH");
        return runAs.as(VENDOR_ADMIN, () -> users.create(new UserForm(Unique.email("tab", "nordlicht.example"),
                "Open Tab " + Unique.tag(), Role.PARTNER, nordlicht, "en"), PASSWORD));
    }
}
