package com.activationdesk.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.invitation.domain.InvitationToken;
import com.activationdesk.base.domain.LinkSecret;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordResetService;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3 and issue 11, item 5: an invitation or a password reset link sent end to end leaves its raw token
 * in no table — the token is taken from the SMTP server, every text and binary column of every table of the schema
 * is searched for it — and the mailed link still activates the tenant or sets the password. A retried delivery mints
 * a new link; the one of the failed attempt is dead.
 */
class NoLiveSecretAtRestTest extends MailIntegrationTest {

    /** Every column type that can hold the token's characters. */
    private static final List<String> TEXT_TYPES = List.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "json", "enum", "set", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    @Autowired
    RequestService requests;
    @Autowired
    ActivationService activation;
    @Autowired
    MailLogService mailLog;
    @Autowired
    PasswordResetService passwordResets;
    @Autowired
    UserService users;
    @Autowired
    OrganizationService organizations;

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/reset-password/([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "Leuchtturm-Fahrrad-2026";

    @AfterEach
    void smtpUpAgain() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @Test
    void noTableHoldsTheTokenOfASentInvitationAndTheMailedLinkActivates() {
        RequestDetails invited = invite();
        String token = tokenReceivedBy(invited);

        List<String> columns = textColumns();
        assertThat(columns).as("the scan covers the places a link could hide")
                .contains("mail_outbox.body_text", "mail_outbox.body_html", "invitation.token_hash",
                        "audit_entry.comment", "activation_request.last_comment");
        assertThat(columnsContaining(columns, token)).isEmpty();
        assertThat(columnsContaining(columns, InvitationToken.hash(token))).as("the scan finds what is there")
                .containsExactly("invitation.token_hash");
        long mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE idempotency_key = CONCAT('invitation-', "
                + "(SELECT MAX(id) FROM invitation WHERE request_id = ?))").param(invited.id()).query(Long.class).single();
        assertThat(runAs.as(OPS1, () -> mailLog.content(mailId)).text()).as("without the built-in catcher")
                .contains(InvitationMails.LINK_PLACEHOLDER).doesNotContain(token);

        String admin = activation.activate(token, InvitedRequests.PASSWORD, InvitedRequests.PASSWORD,
                InvitedRequests.CONSENT);
        assertThat(admin).isEqualTo(invited.data().administrator().email());
        assertThat(runAs.as(NORDLICHT_USER1, () -> requests.get(invited.id()).status())).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(columnsContaining(columns, token)).as("nor after the activation").isEmpty();
    }

    @Test
    void aRetriedDeliveryMintsANewLinkAndTheLinkOfTheFailedAttemptIsDead() {
        RequestDetails invited = invite();
        greenMail.stop();
        tryEveryDueMail();
        String hashOfFailedAttempt = tokenHash(invited);
        assertThat(hashOfFailedAttempt).as("minted and committed before SMTP was tried").isNotNull();

        greenMail.start();
        clock.advance(Duration.ofSeconds(30));
        String token = tokenReceivedBy(invited);

        assertThat(tokenHash(invited)).isEqualTo(InvitationToken.hash(token)).isNotEqualTo(hashOfFailedAttempt);
        assertThat(columnsContaining(textColumns(), token)).isEmpty();
        assertThat(activation.activate(token, InvitedRequests.PASSWORD, InvitedRequests.PASSWORD,
                InvitedRequests.CONSENT)).isEqualTo(invited.data().administrator().email());
    }

    @Test
    void noTableHoldsTheTokenOfASentResetLinkAndTheMailedLinkSetsThePassword() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "at-rest");
        passwordResets.requestReset(user.email(), Locale.GERMAN);
        String token = resetTokenReceivedBy(user.email());

        List<String> columns = textColumns();
        assertThat(columns).contains("password_reset.token_hash");
        assertThat(columnsContaining(columns, token)).isEmpty();
        assertThat(columnsContaining(columns, LinkSecret.hash(token))).as("the scan finds what is there")
                .containsExactly("password_reset.token_hash");
        long mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = ? AND password_reset_id IS NOT NULL")
                .param(user.email()).query(Long.class).single();
        assertThat(runAs.as(OPS1, () -> mailLog.content(mailId)).withLinksShownAs("[activation]", "[reset]").text())
                .as("the mail log without the built-in catcher, as in prod").contains("[reset]").doesNotContain(token);

        assertThat(passwordResets.reset(token, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(user.email());
        assertThat(columnsContaining(columns, token)).as("nor after the reset").isEmpty();
    }

    @Test
    void aRetriedResetDeliveryMintsANewLinkAndTheLinkOfTheFailedAttemptIsDead() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "at-rest-retry");
        passwordResets.requestReset(user.email(), Locale.ENGLISH);
        greenMail.stop();
        deliveryJob.deliverDue();
        String hashOfFailedAttempt = resetTokenHash(user.email());
        assertThat(hashOfFailedAttempt).as("minted and committed before SMTP was tried").isNotNull();

        greenMail.start();
        clock.advance(Duration.ofSeconds(30));
        String token = resetTokenReceivedBy(user.email());

        assertThat(resetTokenHash(user.email())).isEqualTo(LinkSecret.hash(token)).isNotEqualTo(hashOfFailedAttempt);
        assertThat(columnsContaining(textColumns(), token)).isEmpty();
        assertThat(passwordResets.reset(token, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(user.email());
    }

    private String resetTokenReceivedBy(String email) {
        ReceivedMail mail = ReceivedMail.of(to(deliverAndReceive(), email, "").getFirst());
        Matcher link = RESET_LINK.matcher(mail.text());
        assertThat(link.find()).as("reset link in:%n%s", mail.text()).isTrue();
        assertThat(mail.html()).contains("href=\"" + link.group() + "\"");
        return link.group(1);
    }

    private String resetTokenHash(String email) {
        return jdbc.sql("""
                        SELECT r.token_hash FROM password_reset r JOIN app_user u ON u.id = r.user_id
                        WHERE u.email = ? ORDER BY r.id DESC LIMIT 1""")
                .param(email).query(String.class).list().getFirst();
    }

    private RequestDetails invite() {
        RequestSteps steps = new RequestSteps(requests, runAs, clock);
        return steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
    }

    /** Delivers what is due and takes the token out of the link the administrator received. */
    private String tokenReceivedBy(RequestDetails invited) {
        String recipient = invited.data().administrator().email();
        ReceivedMail mail = ReceivedMail.of(to(deliverAndReceive(), recipient, "").getFirst());
        String link = InvitationMailTest.activationLink(mail.text());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /**
     * Tries each due mail at SMTP. A delivery run would try only the first one it claims while the server is
     * unreachable (the rest of its batch fails untried), and this test needs the invitation's attempt itself to fail.
     */
    private void tryEveryDueMail() {
        List<OutboxStore.ClaimedMail> batch;
        do {
            batch = deliveryJob.claim();
            batch.forEach(deliveryJob::deliver);
        } while (!batch.isEmpty());
    }

    private String tokenHash(RequestDetails invited) {
        return jdbc.sql("SELECT token_hash FROM invitation WHERE request_id = ? ORDER BY id DESC LIMIT 1")
                .param(invited.id()).query(String.class).single();
    }

    /** {@code table.column} of every column of a base table of this schema that can hold text. */
    private List<String> textColumns() {
        return jdbc.sql("""
                        SELECT CONCAT(c.table_name, '.', c.column_name) FROM information_schema.columns c
                        JOIN information_schema.tables t
                          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND c.data_type IN (:types)
                        ORDER BY 1""")
                .param("types", TEXT_TYPES)
                .query(String.class).list();
    }

    private List<String> columnsContaining(List<String> columns, String value) {
        List<String> found = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            long rows = jdbc.sql("SELECT COUNT(*) FROM `" + parts[0] + "` WHERE LOCATE(:value, `" + parts[1] + "`) > 0")
                    .param("value", value).query(Long.class).single();
            if (rows > 0) {
                found.add(column);
            }
        }
        return found;
    }
}
