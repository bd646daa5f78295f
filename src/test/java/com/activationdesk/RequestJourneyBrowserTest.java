package com.activationdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.activationdesk.base.i18n.TranslationProvider;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 in Chromium: a tier-1 partner fills and submits the whole request form, the CAM finds it in the grid
 * and forwards it with the checklist, Cloud Ops finds it through a bookmarked grid URL and provisions it; and
 * the grid filter's round trip through the URL and the back button. Every status is checked on the page in the user's language and in
 * the database; at the end through the service as well.
 */
class RequestJourneyBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TranslationProvider translations;
    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    /** The system clock: this context shares "now" with the browser. */
    @Autowired
    Clock clock;

    @Test
    void partnerCamAndCloudOpsWalkARequestToTheInvitation() {
        String unique = Unique.tag();
        String customer = "Browser " + unique + " GmbH";
        String adminEmail = "browser-" + unique + "@kunde.example";

        // (a) the partner fills the whole form and submits
        browser.logInToShell(NORDLICHT_USER2, PASSWORD);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-side-nav-item[path='requests']"))).click();
        browser.click("new-request");
        fillForm(customer, adminEmail);
        browser.screenshot("journey-1-form-filled");
        browser.click("submit");

        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/requests/\\d+$"));
        browser.waiting().until(d -> !browser.text("reference").isEmpty());
        String reference = browser.text("reference");
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/requests/", ""));
        assertStatus(RequestStatus.IN_REVIEW, Locale.ENGLISH, reference);
        assertThat(browser.text("value-customerName")).isEqualTo(customer);
        assertThat(browser.text("value-adminEmail")).isEqualTo(adminEmail);
        browser.screenshot("journey-2-submitted");

        // (b) the CAM opens the grid on its default view ("needs my action"), types the reference into the
        // search field, finds the request and forwards it with both checks ticked.
        browser.click("logout");
        browser.logInToShell(CAM1, PASSWORD);
        browser.open("requests");
        browser.waiting().until(d -> d.getCurrentUrl().contains("status="));
        browser.replace("filter-text", reference);
        browser.waiting().until(d -> browser.gridSize("requests-grid") == 1
                && browser.gridTexts("requests-grid").contains(reference));
        browser.waiting().until(d -> d.getCurrentUrl().contains("q=" + reference));
        browser.openGridRow("requests-grid", reference);
        browser.waiting().until(d -> reference.equals(browser.text("reference")));
        browser.click("action-FORWARD_TO_CLOUD_OPS");
        browser.tick("check-complete");
        browser.tick("check-export");
        browser.screenshot("journey-3-forward-dialog");
        browser.click("confirm");
        assertStatus(RequestStatus.AT_CLOUD_OPS, Locale.GERMAN, reference);
        browser.screenshot("journey-4-at-cloud-ops");

        // (c) Cloud Ops opens a bookmarked grid URL, sees the filter and the one row, and provisions the tenant
        browser.click("logout");
        browser.logInToShell(OPS1, PASSWORD);
        browser.open("requests?status=AT_CLOUD_OPS&q=" + reference);
        browser.waiting().until(d -> browser.gridSize("requests-grid") == 1
                && browser.gridTexts("requests-grid").contains(reference));
        assertThat(selectedStatusLabels())
                .containsExactly(translations.getTranslation(RequestStatus.AT_CLOUD_OPS.messageKey(), Locale.GERMAN));
        assertThat(browser.value("filter-text")).isEqualTo(reference);
        browser.screenshot("journey-5-bookmarked-filter");
        browser.openGridRow("requests-grid", reference);
        browser.waiting().until(d -> reference.equals(browser.text("reference")));
        browser.click("action-PROVISION_AND_INVITE");
        browser.type("tenant-id", "tenant-" + unique);
        browser.click("confirm");
        assertStatus(RequestStatus.INVITATION_SENT, Locale.GERMAN, reference);
        browser.screenshot("journey-6-invitation-sent");

        RequestDetails stored = runAs.as(CAM1, () -> requests.get(id));
        assertThat(stored.reference()).isEqualTo(reference);
        assertThat(stored.status()).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat(stored.tenantId()).isEqualTo("tenant-" + unique);
        assertThat(stored.data().company().name()).isEqualTo(customer);
        assertThat(stored.data().administrator().email()).isEqualTo(adminEmail);
        assertThat(stored.data().plan().plannedRolloutDate()).isEqualTo(rolloutDate());
        assertThat(stored.invitationSentAt()).isNotNull();
    }

    /**
     * (d) The grid filter lives in the URL: a bookmarked URL shows its filter and rows; a filter changed in the page
     * goes into the URL, and Back brings the previous filter and row back.
     */
    @Test
    void gridFilterTypedInThePageGoesIntoTheUrlAndBackRestoresIt() {
        String unique = Unique.tag();
        RequestDetails atCloudOps = atCloudOps(unique);
        String reference = atCloudOps.reference();

        browser.logInToShell(OPS1, PASSWORD);
        browser.open("requests?status=AT_CLOUD_OPS&q=" + reference);
        browser.waiting().until(d -> browser.gridSize("requests-grid") == 1
                && browser.gridTexts("requests-grid").contains(reference));
        assertThat(selectedStatusLabels())
                .containsExactly(translations.getTranslation(RequestStatus.AT_CLOUD_OPS.messageKey(), Locale.GERMAN));
        browser.screenshot("grid-url-1-bookmarked");

        String nothing = "nothing" + unique;
        browser.replace("filter-text", nothing);
        browser.screenshot("grid-url-2-typed");
        browser.waiting().until(d -> d.getCurrentUrl().contains("q=" + nothing));
        browser.waiting().until(d -> browser.gridSize("requests-grid") == 0);
        assertThat(browser.driver().getCurrentUrl()).contains("status=AT_CLOUD_OPS");

        browser.driver().navigate().back();
        browser.waiting().until(d -> d.getCurrentUrl().contains("q=" + reference));
        browser.waitUntilIdle();
        browser.waiting().until(d -> reference.equals(browser.value("filter-text"))
                && browser.gridSize("requests-grid") == 1 && browser.gridTexts("requests-grid").contains(reference));
        assertThat(selectedStatusLabels())
                .containsExactly(translations.getTranslation(RequestStatus.AT_CLOUD_OPS.messageKey(), Locale.GERMAN));
        browser.screenshot("grid-url-3-back");
        browser.openGridRow("requests-grid", reference);
        assertThat(browser.text("reference")).isEqualTo(reference);
    }

    /** A tier-1 request of Nordlicht, submitted and forwarded through the services. */
    private RequestDetails atCloudOps(String unique) {
        RequestForm form = TestRequest.valid(clock).withCustomerName("Gitter " + unique + " GmbH")
                .withAdminEmail("grid-" + unique + "@kunde.example").withAdminLanguage("en").form();
        RequestDetails draft = runAs.as(NORDLICHT_USER2, () -> requests.createDraft(form));
        RequestDetails submitted = runAs.as(NORDLICHT_USER2, () -> requests.submit(draft.id(), draft.version()));
        return runAs.as(CAM1, () -> requests.forwardToCloudOps(draft.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
    }

    private void fillForm(String customer, String adminEmail) {
        browser.type("customerName", customer);
        browser.type("street", "Hafenstraße 7");
        browser.type("postalCode", "20457");
        browser.type("city", "Hamburg");
        browser.chooseInComboBox("country", "Germany", "Germany (DE)");
        browser.type("vatOrRegistrationNumber", "DE" + Math.abs(customer.hashCode()));
        browser.type("industry", "Logistics");
        browser.type("website", "https://kunde.example");
        browser.type("intendedUse", "Cloud telephony for 25 office users");
        browser.type("adminFirstName", "Erika");
        browser.type("adminLastName", "Mustermann");
        browser.type("adminEmail", adminEmail);
        browser.type("adminPhone", "+4940123456");
        browser.chooseRadio("adminLanguage", "English");
        browser.chooseInSelect("platform", "OpenScape Business");
        browser.type("platformVersion", "V3R3");
        browser.chooseRadio("licensing", "Software subscription (SSL)");
        browser.type("plannedUsers", "25");
        // The user prefers English, so the date picker reads month/day/year.
        browser.typeDate("plannedRolloutDate", rolloutDate().format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH)));
        browser.tick("declarationNoUnifyVideo");
        browser.tick("declarationDataCorrect");
        browser.waitUntilIdle();
        assertThat(browser.value("plannedRolloutDate")).isEqualTo(rolloutDate().toString());
    }

    private static LocalDate rolloutDate() {
        return LocalDate.now().plusMonths(3).withDayOfMonth(1);
    }

    /** The badge on the detail page, in the viewer's language, and the stored status. */
    private void assertStatus(RequestStatus status, Locale viewerLanguage, String reference) {
        String label = translations.getTranslation(status.messageKey(), viewerLanguage);
        browser.waiting().until(d -> label.equals(browser.text("status")));
        assertThat(browser.driver().findElement(By.id("status")).getAttribute("class"))
                .contains("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(jdbc.sql("SELECT status FROM activation_request WHERE reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(status.name());
    }

    /** The labels of the chosen items of the grid's status filter (a multi-select combo box). */
    @SuppressWarnings("unchecked")
    private List<String> selectedStatusLabels() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return (document.getElementById('filter-status').selectedItems || []).map(item => item.label);");
    }
}
