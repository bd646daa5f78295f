package com.activationdesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.activationdesk.invitation.InvitationMailDue;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.Unique;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invitation to the tenant administrator, as it arrives over SMTP, in German and English: real invitations
 * (sent by Cloud Ops at Monday 09:00 Berlin, so valid until Thursday 09:00), whose link the delivery mints.
 */
class InvitationMailTest extends MailIntegrationTest {

    private static final AtomicLong IDS = new AtomicLong(5000);
    private static final String LINK = "http://localhost:8080/activate/";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MailOutbox outbox;
    @Autowired
    RequestService requests;

    @Test
    void germanInvitationHasLinkExpirySpamAdviceAndBothParts() {
        String customer = "Müller & Söhne <Logistik> " + Unique.tag() + " GmbH";
        RequestDetails invited = invite(customer, "de");

        List<MimeMessage> received = deliverAndReceive();

        MimeMessage message = to(received, invited.data().administrator().email(), "").getFirst();
        ReceivedMail mail = ReceivedMail.of(message);
        String link = activationLink(mail.text());
        assertThat(mail.subject()).isEqualTo("Aktivieren Sie Ihren Unify-Phone-Mandanten für " + customer);
        assertThat(mail.from()).isEqualTo("activation-desk@vendor.example");
        assertThat(mail.replyTo()).isEqualTo("activation-desk@vendor.example");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.text()).contains("Guten Tag Erika Mustermann,",
                "Nordlicht Systemhaus GmbH (Nordlicht One) hat einen Unify-Phone-Mandanten für " + customer + " beantragt",
                "gültig bis Donnerstag, 10. Dezember 2026, 09:00 Uhr MEZ (Europe/Berlin)",
                "Ihre Zeitzone kennen wir nicht",
                "Spam- oder Junk-Ordner", "Absender activation-desk@vendor.example als erlaubten Absender",
                invited.reference())
                .doesNotContain(InvitationMails.LINK_PLACEHOLDER);
        // the HTML part escapes every value and carries the same link as a real anchor
        assertThat(mail.html()).contains("<a href=\"" + link + "\"",
                "Müller &amp; Söhne &lt;Logistik&gt;",
                "Donnerstag, 10. Dezember 2026, 09:00 Uhr MEZ (Europe/Berlin)",
                "Spam- oder Junk-Ordner", "<strong>activation-desk@vendor.example</strong>")
                .doesNotContain("<Logistik>", InvitationMails.LINK_PLACEHOLDER);
        assertThat(mail.messageId()).isEqualTo(outbox.messageId("invitation-" + invitationId(invited)));
    }

    @Test
    void englishInvitation() {
        RequestDetails invited = invite("Smith " + Unique.tag() + " Ltd", "en");

        ReceivedMail mail = ReceivedMail.of(to(deliverAndReceive(), invited.data().administrator().email(), "")
                .getFirst());

        assertThat(mail.subject()).isEqualTo("Activate your Unify Phone tenant for " + invited.data().company().name());
        assertThat(mail.text()).contains("Hello Erika Mustermann,",
                "Nordlicht Systemhaus GmbH (Nordlicht One) has requested a Unify Phone tenant",
                "valid until Thursday, 10 December 2026, 09:00 CET (Europe/Berlin)",
                "we do not know your time zone", "spam or junk folder",
                "add the sender activation-desk@vendor.example to your allowed senders")
                .doesNotContain("{{", InvitationMails.LINK_PLACEHOLDER);
        assertThat(mail.html()).contains("Activate tenant", "href=\"" + activationLink(mail.text()) + "\"",
                "Thursday, 10 December 2026, 09:00 CET (Europe/Berlin)");
    }

    @Test
    void theOutboxKeepsAPlaceholderAndNoRequesterSectionWithoutAName() {
        InvitationMailDue invitation = invitation("en", "John Smith", null);
        transaction.executeWithoutResult(status -> events.publishEvent(invitation));

        String key = "invitation-" + invitation.invitationId();
        String text = jdbc.sql("SELECT body_text FROM mail_outbox WHERE idempotency_key = ?").param(key)
                .query(String.class).single();
        assertThat(text).contains("Hello John Smith,", "Nordlicht Systemhaus GmbH has requested",
                "with this link:\n\n" + InvitationMails.LINK_PLACEHOLDER + "\n").doesNotContain("()", "{{");
        assertThat(outboxRows("idempotency_key = ? AND invitation_id = ?", key, invitation.invitationId())).isEqualTo(1);
    }

    @Test
    void anInvitationWithoutALiveLinkIsNotSent() {
        InvitationMailDue unknown = invitation("de", "Erika Mustermann", null);
        transaction.executeWithoutResult(status -> events.publishEvent(unknown));

        assertThat(to(deliverAndReceive(), unknown.recipientEmail(), "")).isEmpty();
        assertThat(outboxRows("idempotency_key = ? AND status = 'FAILED' AND last_error = ?",
                "invitation-" + unknown.invitationId(), OutboxDeliveryJob.LINK_GONE)).isEqualTo(1);
    }

    @Test
    void secondEventForTheSameInvitationIsIgnored() {
        InvitationMailDue first = invitation("en", "John Smith", null);
        InvitationMailDue again = new InvitationMailDue(first.invitationId(), first.requestId(), first.reference(),
                first.recipientEmail(), "de", "Somebody Else", first.customerName(), first.partnerName(), null,
                first.expiresAt());
        transaction.executeWithoutResult(status -> {
            events.publishEvent(first);
            events.publishEvent(again); // same transaction
        });
        transaction.executeWithoutResult(status -> events.publishEvent(again)); // a later transaction

        assertThat(outboxRows("idempotency_key = ?", "invitation-" + first.invitationId())).isEqualTo(1);
        assertThat(outboxRows("idempotency_key = ? AND body_text LIKE '%Hello John Smith,%' AND locale = 'en'",
                "invitation-" + first.invitationId())).isEqualTo(1);
    }

    @Test
    void rolledBackTransactionLeavesNoMailAndNoTransactionIsRefused() {
        InvitationMailDue invitation = invitation("de", "Erika Mustermann", null);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(invitation);
            status.setRollbackOnly();
        });
        assertThat(outboxRows("idempotency_key = ?", "invitation-" + invitation.invitationId())).isZero();

        OutgoingMail mail = new OutgoingMail("outside-" + invitation.invitationId(), "x@kunde.example", Locale.GERMAN,
                "invitation", Map.of(), null, null);
        assertThatThrownBy(() -> outbox.enqueue(mail)).isInstanceOf(IllegalTransactionStateException.class);
    }

    /** A tier-1 request of Nordlicht One, forwarded by CAM1 and invited by OPS1 at the test clock's Monday 09:00. */
    private RequestDetails invite(String customerName, String adminLanguage) {
        RequestSteps steps = new RequestSteps(requests, runAs, clock);
        RequestDetails draft = steps.draft(NORDLICHT_USER1,
                steps.valid().withCustomerName(customerName).withAdminLanguage(adminLanguage).form());
        return steps.invite(OPS1, steps.forward(CAM1, steps.submit(NORDLICHT_USER1, draft)));
    }

    private long invitationId(RequestDetails request) {
        return jdbc.sql("SELECT MAX(id) FROM invitation WHERE request_id = ?").param(request.id())
                .query(Long.class).single();
    }

    /** The activation link in a received text part. */
    static String activationLink(String text) {
        int start = text.indexOf(LINK);
        assertThat(start).as("activation link in " + text).isNotNegative();
        return text.substring(start, start + LINK.length() + 43);
    }

    /** An invitation event without an invitation row behind it: its mail can be stored, but never sent. */
    static InvitationMailDue invitation(String language, String name, String requestedBy) {
        long id = IDS.incrementAndGet() + (Unique.requestId() >> 20);
        return new InvitationMailDue(id, 900_000 + id, "UP-2026-9" + id % 100_000, "admin-" + id + "@kunde.example",
                language, name, "Müller & Söhne <Logistik> GmbH", "Nordlicht Systemhaus GmbH", requestedBy,
                Instant.parse("2026-12-10T08:00:00Z"));
    }
}
