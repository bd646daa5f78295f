package com.activationdesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.activationdesk.invitation.InvitationMailDue;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invitation to the tenant administrator, as it arrives over SMTP, in German and English. */
class InvitationMailTest extends MailIntegrationTest {

    private static final AtomicLong IDS = new AtomicLong(5000);
    /** Thursday 10 December 2026, 09:00 in Berlin. */
    private static final Instant EXPIRES = Instant.parse("2026-12-10T08:00:00Z");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MailOutbox outbox;

    @Test
    void germanInvitationHasLinkExpirySpamAdviceAndBothParts() {
        InvitationMailDue invitation = invitation("de", "Erika Mustermann", "Nordlicht One");

        List<MimeMessage> received = publishAndDeliver(invitation);

        assertThat(received).hasSize(1);
        assertThat(recipients(received.getFirst())).containsExactly(invitation.recipientEmail());
        ReceivedMail mail = ReceivedMail.of(received.getFirst());
        assertThat(mail.subject()).isEqualTo("Aktivieren Sie Ihren Unify-Phone-Mandanten für Müller & Söhne <Logistik> GmbH");
        assertThat(mail.from()).isEqualTo("activation-desk@vendor.example");
        assertThat(mail.replyTo()).isEqualTo("activation-desk@vendor.example");
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.text()).contains("Guten Tag Erika Mustermann,",
                "Nordlicht Systemhaus GmbH (Nordlicht One) hat einen Unify-Phone-Mandanten für Müller & Söhne <Logistik> GmbH beantragt",
                invitation.activationUrl(),
                "gültig bis Donnerstag, 10. Dezember 2026, 09:00 Uhr MEZ (Europe/Berlin)",
                "Ihre Zeitzone kennen wir nicht",
                "Spam- oder Junk-Ordner", "Absender activation-desk@vendor.example als erlaubten Absender",
                invitation.reference());
        // the HTML part escapes every value and carries the link as a real anchor
        assertThat(mail.html()).contains("<a href=\"" + invitation.activationUrl().replace("&", "&amp;") + "\"",
                "Müller &amp; Söhne &lt;Logistik&gt; GmbH",
                "Donnerstag, 10. Dezember 2026, 09:00 Uhr MEZ (Europe/Berlin)",
                "Spam- oder Junk-Ordner", "<strong>activation-desk@vendor.example</strong>")
                .doesNotContain("<Logistik>");
        assertThat(mail.messageId()).isEqualTo(outbox.messageId("invitation-" + invitation.invitationId()));
    }

    @Test
    void englishInvitationWithoutRequesterName() {
        InvitationMailDue invitation = invitation("en", "John Smith", null);

        ReceivedMail mail = ReceivedMail.of(publishAndDeliver(invitation).getFirst());

        assertThat(mail.subject()).isEqualTo("Activate your Unify Phone tenant for Müller & Söhne <Logistik> GmbH");
        assertThat(mail.text()).contains("Hello John Smith,",
                "Nordlicht Systemhaus GmbH has requested a Unify Phone tenant",
                "valid until Thursday, 10 December 2026, 09:00 CET (Europe/Berlin)",
                "we do not know your time zone", "spam or junk folder",
                "add the sender activation-desk@vendor.example to your allowed senders",
                invitation.activationUrl())
                .doesNotContain("()", "{{");
        assertThat(mail.html()).contains("Activate tenant", "href=\"" + invitation.activationUrl().replace("&", "&amp;") + "\"",
                "Thursday, 10 December 2026, 09:00 CET (Europe/Berlin)");
    }

    @Test
    void secondEventForTheSameInvitationIsIgnored() {
        InvitationMailDue first = invitation("en", "John Smith", null);
        InvitationMailDue again = new InvitationMailDue(first.invitationId(), first.requestId(), first.reference(),
                first.recipientEmail(), "de", "Somebody Else", first.customerName(), first.partnerName(), null,
                first.activationUrl() + "-changed", first.expiresAt());
        transaction.executeWithoutResult(status -> {
            events.publishEvent(first);
            events.publishEvent(again); // same transaction
        });
        transaction.executeWithoutResult(status -> events.publishEvent(again)); // a later transaction

        assertThat(outboxRows("idempotency_key = ?", "invitation-" + first.invitationId())).isEqualTo(1);
        List<MimeMessage> received = to(deliverAndReceive(), first.recipientEmail(), "Müller");
        assertThat(received).singleElement()
                .satisfies(m -> assertThat(ReceivedMail.of(m).text()).contains("Hello John Smith,")
                        .doesNotContain("-changed"));
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

    private List<MimeMessage> publishAndDeliver(InvitationMailDue invitation) {
        transaction.executeWithoutResult(status -> events.publishEvent(invitation));
        assertThat(outboxRows("idempotency_key = ? AND status = 'PENDING'", "invitation-" + invitation.invitationId()))
                .isEqualTo(1);
        List<MimeMessage> received = deliverAndReceive();
        assertThat(outboxRows("idempotency_key = ? AND status = 'SENT' AND attempts = 1",
                "invitation-" + invitation.invitationId())).isEqualTo(1);
        return received;
    }

    static InvitationMailDue invitation(String language, String name, String requestedBy) {
        long id = IDS.incrementAndGet();
        return new InvitationMailDue(id, 900_000 + id, "UP-2026-9" + id, "admin-" + id + "@kunde.example", language,
                name, "Müller & Söhne <Logistik> GmbH", "Nordlicht Systemhaus GmbH", requestedBy,
                "https://activation.example/activate/" + id + "?token=abc&x=1", EXPIRES);
    }
}
