package com.activationdesk;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 in Chromium: a request is brought to "invitation sent" through the services; the invitation mail goes
 * through the outbox and real SMTP into the app's development mail catcher, and the link in that mail is what
 * the browser opens. The new customer administrator activates, logs in through the login page and makes a
 * partner user co-administrator of the tenant.
 */
class ActivationBrowserTest extends BrowserTestBase {

    private static final String NEW_PASSWORD = "tenant-admin-2026";
    private static final Pattern ACTIVATION_LINK = Pattern.compile("https?://\\S+?/activate/[A-Za-z0-9_-]+");

    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    /** The system clock: this context shares "now" with the browser. */
    @Autowired
    Clock clock;
    @Autowired
    GreenMail devSmtpServer;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void customerAdminActivatesFromTheMailedLinkAndAddsACoAdministrator() throws Exception {
        String unique = Unique.tag();
        String adminEmail = "activate-" + unique + "@kunde.example";
        RequestDetails invited = invite(adminEmail, unique);

        // The outbox job is not scheduled in tests: run it once, as the scheduler would.
        ReflectionTestUtils.invokeMethod(context.getBean("outboxDeliveryJob"), "deliverDue");
        String mailText = invitationText(adminEmail);
        Matcher link = ACTIVATION_LINK.matcher(mailText);
        assertThat(link.find()).as("activation link in the mail:%n%s", mailText).isTrue();
        // Outside prod the link carries the address the server really listens on (here a random port), not 8080.
        assertThat(link.group()).startsWith("http://localhost:" + port + "/activate/");
        String activationPath = URI.create(link.group()).getPath().substring(1);

        browser.open(activationPath);
        browser.waiting().until(d -> adminEmail.equals(browser.value("activation-email")));
        browser.type("activation-password", NEW_PASSWORD);
        browser.type("activation-password-confirmation", NEW_PASSWORD);
        browser.tick("activation-terms");
        browser.screenshot("activation-1-form");
        browser.click("activation-submit");
        browser.visible(By.id("activation-success"));
        assertThat(browser.text("activation-success")).contains(adminEmail);
        browser.screenshot("activation-2-success");
        assertThat(status(invited.id())).isEqualTo("ACTIVATED");

        browser.logInToShell(adminEmail, NEW_PASSWORD);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-side-nav-item[path='tenant']"))).click();
        browser.waiting().until(d -> invited.reference().equals(browser.text("tenant-reference")));
        assertThat(browser.text("tenant-id")).isEqualTo("tenant-" + unique);
        assertThat(browser.text("co-admin-none")).isNotEmpty();
        browser.screenshot("activation-3-tenant");

        browser.chooseInComboBox("co-admin-candidate", "user2", NORDLICHT_USER2);
        browser.click("co-admin-add");
        browser.waiting().until(d -> browser.gridTexts("co-admin-grid").contains(NORDLICHT_USER2));
        assertThat(browser.driver().findElement(By.id("co-admin-none")).isDisplayed()).isFalse();
        browser.screenshot("activation-4-co-admin-added");

        List<String> coAdministrators = jdbc.sql("""
                        SELECT u.email FROM request_co_admin c JOIN app_user u ON u.id = c.user_id
                        WHERE c.request_id = ?""")
                .param(invited.id()).query(String.class).list();
        assertThat(coAdministrators).containsExactly(NORDLICHT_USER2);
    }

    /** Created by the partner, forwarded by the CAM, provisioned by Cloud Ops: the invitation mail is queued. */
    private RequestDetails invite(String adminEmail, String unique) {
        RequestForm form = TestRequest.valid(clock).withCustomerName("Aktivierung " + unique + " GmbH")
                .withAdminEmail(adminEmail).withAdminLanguage("en").form();
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(form));
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> requests.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM1, () -> requests.forwardToCloudOps(draft.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
        return runAs.as(OPS1, () -> requests.provisionAndInvite(draft.id(), forwarded.version(),
                "tenant-" + unique));
    }

    /** The plain-text part of the one mail the catcher received for this administrator. */
    private String invitationText(String adminEmail) {
        List<String> mails = MailCatcher.textsTo(devSmtpServer, adminEmail);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private String status(long requestId) {
        return jdbc.sql("SELECT status FROM activation_request WHERE id = ?").param(requestId)
                .query(String.class).single();
    }
}
