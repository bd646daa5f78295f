package com.activationdesk.demo;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import com.activationdesk.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM2;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 1 as a new user meets it: on the first run (demo requests on) every role logs in through the real
 * form in Chromium and its dashboard shows numbers, not zeros. The numbers are read as the page shows them (the
 * card's text, the bars' and columns' values), not from the services.
 */
@FirstRunContext
class FirstRunBrowserTest {

    /** A dashboard and what on it must show a number above zero: cards by id, charts by their numbers' selector. */
    record Role(String name, String login, List<String> cards, List<String> charts) {

        @Override
        public String toString() {
            return name + " (" + login + ")";
        }
    }

    /** A bar chart's numbers, as written beside each bar. */
    private static final String BARS = "#%s .bar-value";
    /** A column chart's segments, which show their number as a height (and in their tooltip). */
    private static final String COLUMNS = "#%s .column-segment";

    private static BrowserSession browser;

    @LocalServerPort
    int port;

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
    void loggedOut() {
        browser.useServer(port);
        browser.forgetSession();
    }

    @AfterEach
    void lastScreen() {
        browser.consoleProblems().forEach(problem -> System.out.println("Browser console: " + problem));
    }

    static Stream<Role> roles() {
        List<String> partnerCards = List.of("card-returned", "card-invitations-sent", "card-invitations-expired",
                "card-co-admin-missing");
        List<String> managerCards = List.of("card-waiting-check", "card-questions", "card-resend-due");
        return Stream.of(
                new Role("partner, tier 1", NORDLICHT_USER1, partnerCards, List.of(BARS.formatted("chart-status"))),
                new Role("partner, tier 2", BAVARIA_USER2, partnerCards, List.of(BARS.formatted("chart-status"))),
                new Role("distributor", ALPHA_USER1, List.of("card-waiting", "card-returned"), List.of(BARS.formatted("chart-status"))),
                new Role("CAM", CAM1, managerCards, List.of(BARS.formatted("chart-status"), BARS.formatted("chart-partners"))),
                new Role("DAM", DAM2, managerCards, List.of(BARS.formatted("chart-status"), BARS.formatted("chart-partners"))),
                new Role("Cloud Ops", OPS2, List.of("card-sla-ON_TRACK", "card-sla-AT_RISK", "card-sla-BREACHED",
                        "card-resend-requests", "card-expiring"), List.of(COLUMNS.formatted("chart-sla-weeks"))),
                new Role("admin", VENDOR_ADMIN, List.of("card-total", "card-users", "card-organizations"),
                        List.of(BARS.formatted("chart-status"), BARS.formatted("chart-platforms"),
                        BARS.formatted("chart-countries"), COLUMNS.formatted("chart-activations"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void theDashboardShowsNumbersAboveZero(Role role) {
        browser.logInToShell(role.login(), PASSWORD);
        browser.screenshot("first-run-" + role.name().replaceAll("\\W+", "-"));

        for (String card : role.cards()) {
            assertThat(shownNumber("#" + card + " .dashboard-card-value")).as("%s: %s", role, card).isPositive();
        }
        for (String chart : role.charts()) {
            assertThat(shownNumber(chart)).as("%s: sum of %s", role, chart).isPositive();
        }
    }

    @Test
    void theCustomerAdminSeesTheActivatedTenantAndItsCoAdministrator() {
        browser.logInToShell(MUSTER_ADMIN, PASSWORD);
        browser.screenshot("first-run-customer-admin");

        assertThat(count(".dashboard-tenant")).as("tenant cards").isPositive();
        assertThat(count("[id^=co-admins-] a[href^=mailto]")).as("co-administrators listed").isPositive();
        assertThat(text(".dashboard-tenant")).contains("Muster Logistik GmbH").contains(NORDLICHT_USER1);
    }

    /**
     * The sum of the numbers the matching elements show: their text when they have one (a card's number, a bar's
     * value), else the {@code data-value} of a chart segment that only shows as a height. Digits only, so "1.234"
     * and "1,234" both read as 1234; -1 when nothing matches.
     */
    private long shownNumber(String selector) {
        Object sum = ((JavascriptExecutor) browser.driver()).executeScript("""
                const found = Array.from(document.querySelectorAll(arguments[0]));
                if (found.length === 0) { return -1; }
                return found.map(e => (e.textContent.trim() || e.getAttribute('data-value') || '0').replace(/\\D/g, ''))
                    .reduce((total, digits) => total + Number(digits || 0), 0);""", selector);
        return ((Number) sum).longValue();
    }

    private long count(String selector) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll(arguments[0]).length;", selector)).longValue();
    }

    private String text(String selector) {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent).join(' ');",
                selector);
        return text == null ? "" : text.toString();
    }
}
