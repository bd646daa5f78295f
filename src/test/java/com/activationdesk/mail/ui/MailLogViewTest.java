package com.activationdesk.mail.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.invitation.service.InvitationService;
import com.activationdesk.invitation.service.LinkState;
import com.activationdesk.mail.MailLogEntry;
import com.activationdesk.mail.MailOutbox;
import com.activationdesk.mail.MailStatus;
import com.activationdesk.mail.OutgoingMail;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail log in the browserless UI, on the real services: lazy grid, filters, the mail opened as sanitised
 * HTML and text, the retry of a failed mail — delivered afterwards through the development SMTP catcher, which
 * this context starts because it has no spring.mail.host.
 */
@UiTest
class MailLogViewTest extends SpringBrowserlessTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    RequestService requests;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GreenMail devSmtpServer;
    @Autowired
    ApplicationContext context;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    InvitationService invitations;

    String token;
    long requestId;

    /** Three mails: one sent-to-be, one FAILED, one about a draft request (outside Cloud Ops' data scope). */
    @BeforeEach
    void mails() {
        token = "L" + Unique.tag();
        requestId = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).form())).id();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingMail(token + "-a", "a-" + token + "@partner.example", Locale.ENGLISH,
                    "invitation", Map.of("name", "Tester", "customerName", "Kunde GmbH", "partnerName", "Nordlicht",
                    "activationUrl", "https://activation.example/activate/" + token + "?t=1&u=2",
                    "expiresAt", "Thursday", "sender", "activation-desk@vendor.example", "reference", token),
                    null, token));
            outbox.enqueue(mail("b", null));
            outbox.enqueue(mail("c", requestId));
        });
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 8, last_error = 'Connection refused' "
                + "WHERE idempotency_key = ?").param(token + "-b").update();
    }

    @Test
    @WithUserDetails(OPS1)
    void cloudOpsFiltersOpensAMailAndRetriesAFailedOne() throws MessagingException {
        MailLogView view = navigate(MailLogView.class);
        Grid<MailLogEntry> grid = $view(Grid.class).id("mail-grid");
        test($view(TextField.class).id("mail-filter-text")).setValue(token);

        // newest first; the mail about a draft request is not in Cloud Ops' scope
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(List.of(test(grid).getRow(0).recipient(), test(grid).getRow(1).recipient()))
                .containsExactly("b-" + token + "@partner.example", "a-" + token + "@partner.example");
        assertThat(((Span) test(grid).getCellComponent(0, "status")).getText()).isEqualTo("Fehlgeschlagen");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("last-error"))).isEqualTo("Connection refused");
        assertThat(test(grid).getCellComponent(1, "retry")).isNotInstanceOf(Button.class);

        test($view(Select.class).id("mail-filter-status")).selectItem("Fehlgeschlagen");
        assertThat(test(grid).size()).isEqualTo(1);
        test((Button) test(grid).getCellComponent(0, "retry")).click();
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE idempotency_key = ?").param(token + "-b")
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(test(grid).size()).as("the failed filter no longer matches").isZero();

        ReflectionTestUtils.invokeMethod(context.getBean("outboxDeliveryJob"), "deliverDue");
        assertThat(Arrays.stream(devSmtpServer.getReceivedMessages()).filter(m -> to(m).contains("b-" + token + "@partner.example")))
                .hasSize(1);
        test($view(Select.class).id("mail-filter-status")).selectItem("Gesendet");
        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails(OPS2)
    void theOpenedMailShowsSanitisedHtmlWithAWorkingLinkAndTheTextPart() {
        // defence in depth: even a stored body with script and a javascript: link renders harmless
        jdbc.sql("UPDATE mail_outbox SET body_html = CONCAT(body_html, '<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>') "
                + "WHERE idempotency_key = ?").param(token + "-a").update();
        MailLogView view = navigate(MailLogView.class);
        Grid<MailLogEntry> grid = $view(Grid.class).id("mail-grid");
        test($view(TextField.class).id("mail-filter-text")).setValue("a-" + token);
        assertThat(test(grid).size()).isEqualTo(1);

        Component details = view.details(test(grid).getRow(0));
        Html html = (Html) descendant(details, "mail-html-").getChildren().findFirst().orElseThrow();
        assertThat(html.getInnerHtml()).contains("href=\"https://activation.example/activate/" + token + "?t=1&amp;u=2\"",
                        "target=\"_blank\"", "Hello Tester,", "Activate tenant")
                .doesNotContain("<script", "javascript:", "<title", "Activate your Unify Phone tenant");
        Pre text = (Pre) descendant(details, "mail-text-");
        assertThat(text.getText()).contains("Hello Tester,", "https://activation.example/activate/" + token + "?t=1&u=2");
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void theAdministratorSeesEveryMail() {
        navigate(MailLogView.class);
        Grid<MailLogEntry> grid = $view(Grid.class).id("mail-grid");
        test($view(TextField.class).id("mail-filter-text")).setValue(token);
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getRow(0).status()).isEqualTo(MailStatus.PENDING);
        assertThat(test(grid).getRow(0).requestReference()).isEqualTo(token);
    }

    @Test
    @WithUserDetails(OPS1)
    void anInvitationShowsItsLinkOnlyFromTheCatchersMemoryOnceSent() {
        RequestSteps steps = new RequestSteps(requests, runAs, clock);
        RequestDetails invited = steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        MailLogView view = navigate(MailLogView.class);
        Grid<MailLogEntry> grid = $view(Grid.class).id("mail-grid");
        String admin = invited.data().administrator().email();
        test($view(TextField.class).id("mail-filter-text")).setValue(admin);
        // the partner's notifications name the administrator in their subject
        MailLogEntry invitation = IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row))
                .filter(entry -> entry.recipient().equals(admin)).findFirst().orElseThrow();

        Pre pending = (Pre) descendant(view.details(invitation), "mail-text-");
        assertThat(pending.getText()).contains("[Aktivierungslink: nicht gespeichert, nur der Empfänger hat ihn]")
                .doesNotContain("/activate/");

        ReflectionTestUtils.invokeMethod(context.getBean("outboxDeliveryJob"), "deliverDue");
        assertThat(Arrays.stream(devSmtpServer.getReceivedMessages()).filter(m -> to(m).contains(admin))).hasSize(1);
        Pre sent = (Pre) descendant(view.details(invitation), "mail-text-");
        String link = sent.getText().replaceAll("(?s).*(http://localhost:8080/activate/[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(link).startsWith("http://localhost:8080/activate/");
        assertThat(invitations.check(link.substring(link.lastIndexOf('/') + 1))).as("the working link")
                .isEqualTo(LinkState.LIVE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body_text LIKE ? OR body_html LIKE ?")
                .param("%" + link + "%").param("%" + link + "%").query(Long.class).single()).isZero();
    }

    private OutgoingMail mail(String name, Long request) {
        return new OutgoingMail(token + "-" + name, name + "-" + token + "@partner.example", Locale.ENGLISH,
                "notification", Map.of("subject", "Mail " + name + " " + token, "name", "Tester",
                "message", "Something happened", "reference", token, "customerName", "Kunde GmbH"), request, token);
    }

    private static Component descendant(Component root, String idPrefix) {
        if (root.getId().orElse("").startsWith(idPrefix)) {
            return root;
        }
        return root.getChildren().map(child -> descendant(child, idPrefix)).filter(c -> c != null).findFirst().orElse(null);
    }

    private static List<String> to(Message message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
