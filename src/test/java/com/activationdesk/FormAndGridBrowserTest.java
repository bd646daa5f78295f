package com.activationdesk;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;


import static com.activationdesk.testdata.DemoUsers.HANSE_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 items 3, 4 and 7 in Chromium: fields refuse what they would not save and say so at the field, a language
 * switch keeps a half-filled form, and the request grid fits at 1440 px (no header cut off, no column outside the
 * grid) and shows cards at phone width.
 */
class FormAndGridBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    @AfterEach
    void usualWindow() {
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void switchingTheLanguageKeepsWhatWasTypedInTheForm() {
        String before = language(HANSE_USER1);
        jdbc.sql("UPDATE app_user SET preferred_language = 'en' WHERE email = ?").param(HANSE_USER1).update();
        try {
            browser.logInToShell(HANSE_USER1, PASSWORD);
            browser.open("requests/new");
            String customer = "Sprachwechsel " + Unique.tag() + " GmbH";
            browser.type("customerName", customer);
            browser.type("city", "Lübeck");
            browser.waitUntilIdle();
            String heading = headingText();
            assertThat(heading).isEqualTo("New activation request");

            browser.chooseInSelect("language-select", "Deutsch");
            browser.waiting().until(d -> !heading.equals(headingText()) && !headingText().isEmpty());
            browser.waitUntilIdle();

            assertThat(headingText()).isEqualTo("Neuer Aktivierungsantrag");
            assertThat(browser.value("customerName")).isEqualTo(customer);
            assertThat(browser.value("city")).isEqualTo("Lübeck");
            browser.screenshot("form-language-switched");
        } finally {
            jdbc.sql("UPDATE app_user SET preferred_language = ? WHERE email = ?").params(before, HANSE_USER1).update();
        }
    }

    @Test
    void fieldsRefuseWhatTheyWouldNotSaveAndSaySoAtTheField() {
        browser.logInToShell(HANSE_USER1, PASSWORD);
        browser.open("requests/new");

        // A country not in the list: the field empties and names the refused text.
        browser.input("country").sendKeys("XX", Keys.ENTER, Keys.TAB);
        browser.waitUntilIdle();
        browser.waiting().until(d -> errorMessage("country").contains("XX"));
        assertThat(browser.input("country").getDomProperty("value")).isEmpty();
        assertThat(browser.value("country")).isEmpty();

        // Only spaces: a message at the field while typing, not only at submission.
        browser.type("customerName", "   ");
        browser.waiting().until(d -> !errorMessage("customerName").isEmpty());

        // Longer than the limit: the field keeps the limit and the counter says it is reached.
        browser.type("city", "x".repeat(130));
        browser.waitUntilIdle();
        assertThat(browser.value("city")).hasSize(100);
        browser.waiting().until(d -> "100/100".equals(counter("city")));

        String customer = "Feldregeln " + Unique.tag() + " GmbH";
        browser.replace("customerName", customer);
        browser.waiting().until(d -> errorMessage("customerName").isEmpty());
        browser.click("save-draft");
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/requests/\\d+/edit.*"));
        Map<String, Object> saved = jdbc.sql("SELECT city, country FROM activation_request WHERE customer_name = ?")
                .param(customer).query().singleRow();
        assertThat((String) saved.get("city")).isEqualTo("x".repeat(100));
        assertThat(saved.get("country")).isNull();
        browser.screenshot("form-field-rules");
    }

    @Test
    void gridFitsAt1440PixelsWithoutCutHeaders() {
        // A long name and a running SLA with its due date: the widest cells the default columns get.
        RequestDetails draft = runAs.as(NORDLICHT_USER2, () -> requests.createDraft(TestRequest.valid(clock)
                .withCustomerName("Rasterbreite " + Unique.tag() + " Aktiengesellschaft für Telekommunikation")
                .withAdminEmail("raster-" + Unique.tag() + "@kunde.example").form()));
        RequestDetails submitted = runAs.as(NORDLICHT_USER2, () -> requests.submit(draft.id(), draft.version()));
        // At Cloud Ops the SLA runs: its cell shows the state and the due time.
        runAs.as(CAM1, () -> requests.forwardToCloudOps(submitted.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.logInToShell(VENDOR_ADMIN, PASSWORD);
        browser.open("requests");
        browser.waiting().until(d -> browser.gridSize("requests-grid") > 0);
        browser.waitUntilIdle();

        List<String> cut = cutHeaders();
        assertThat(headerTexts()).isNotEmpty().allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(cut).as("headers whose text does not fit").isEmpty();
        assertThat(tableOverflow()).as("pixels of columns beyond the grid's right edge").isLessThanOrEqualTo(0L);
        assertThat(gridTop()).as("grid starts high on the page").isLessThan(300L);
        // The cells are drawn in the browser from templates: the forwarded request's status and SLA badges, the
        // due time below the SLA badge, the partner's tier with its tooltip.
        browser.waiting().until(d -> count("#requests-grid .badge.status-at-cloud-ops") > 0);
        assertThat(count("#requests-grid .badge.sla-on-track + .cell-secondary")).as("SLA badges with a due time").isPositive();
        assertThat(count("#requests-grid .badge[title='Tier 1'], #requests-grid .badge[title='Tier 2']"))
                .as("tier badges with their tooltip").isPositive();
        browser.screenshot("grid-1440");
    }

    @Test
    void phoneWidthShowsOneCardPerRequestHighUpOnThePage() {
        runAs.as(HANSE_USER1, () -> requests.createDraft(TestRequest.valid(clock)
                .withCustomerName("Telefonkarte " + Unique.tag() + " GmbH").form()));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.logInToShell(HANSE_USER1, PASSWORD);
        browser.open("requests?status=DRAFT");
        browser.waiting().until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('requests-grid').classList.contains('cards')")));
        browser.waiting().until(d -> ((Number) js("return document.querySelectorAll('#requests-grid .request-card').length"))
                .longValue() > 0);
        assertThat(gridTop()).as("the list starts on the first screen").isLessThan(500L);
        assertThat(count("#requests-grid .request-card .badge.status-draft")).as("status badges on the cards").isPositive();
        browser.screenshot("grid-phone-cards");

        // Wider: the table comes back without cards (the card column is gone, not hidden); narrower again: cards.
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.waiting().until(d -> count("#requests-grid.cards") == 0 && count("#requests-grid .request-card") == 0
                && count("#requests-grid .badge.status-draft") > 0);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.waiting().until(d -> count("#requests-grid .request-card .badge.status-draft") > 0);
    }

    private long count(String selector) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
    }

    // ---- page probes -------------------------------------------------------------------------------------

    private String language(String email) {
        return jdbc.sql("SELECT preferred_language FROM app_user WHERE email = ?").param(email).query(String.class)
                .optional().orElse(null);
    }

    private String headingText() {
        Object text = js("const h = document.querySelector('.view-title'); return h ? h.textContent : '';");
        return text == null ? "" : text.toString().trim();
    }

    private String errorMessage(String id) {
        Object message = js("const e = document.getElementById(arguments[0]); return e && e.invalid ? e.errorMessage : '';", id);
        return message == null ? "" : message.toString();
    }

    private String counter(String id) {
        Object text = js("const c = document.querySelector('#' + arguments[0] + ' .char-counter');"
                + " return c && !c.hidden ? c.textContent : '';", id);
        return text == null ? "" : text.toString().trim();
    }

    /** The header cells' contents (the sorter inside, where there is one). */
    private static final String HEADERS = """
            const grid = document.getElementById('requests-grid');
            const cells = Array.from(grid.shadowRoot.querySelectorAll('thead th'))
                .filter(th => th.getClientRects().length > 0 && !th.hidden)
                .map(th => th._content || (th.querySelector('slot') && th.querySelector('slot').assignedElements()[0]))
                .filter(c => c && c.textContent.trim() !== '');
            """;

    @SuppressWarnings("unchecked")
    private List<String> headerTexts() {
        return (List<String>) js(HEADERS + "return cells.map(c => c.textContent.trim());");
    }

    @SuppressWarnings("unchecked")
    private List<String> cutHeaders() {
        return (List<String>) js(HEADERS + """
                const cut = [];
                cells.forEach(c => [c, ...c.querySelectorAll('*')].forEach(e => {
                    if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) { cut.push(c.textContent.trim()); }
                }));
                return [...new Set(cut)];""");
    }

    private long tableOverflow() {
        return ((Number) js("""
                const table = document.getElementById('requests-grid').shadowRoot.querySelector('#table');
                return table.scrollWidth - table.clientWidth;""")).longValue();
    }

    private long gridTop() {
        return ((Number) js("return Math.round(document.getElementById('requests-grid').getBoundingClientRect().top);"))
                .longValue();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
