package com.activationdesk.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.activationdesk.invitation.InvitationMailDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The invitation to the tenant administrator, in their language: the activation link, its expiry in the business
 * time zone (their own is unknown), who asked for the tenant, and how to keep the mail out of the spam folder.
 * Stored in the transaction that created the link, keyed by the invitation, so one link means one mail.
 */
@Component
class InvitationMails {

    static final String TEMPLATE = "invitation";

    private final MailOutbox outbox;
    private final MailTexts texts;
    private final MailSettings settings;

    InvitationMails(MailOutbox outbox, MailTexts texts, MailSettings settings) {
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(InvitationMailDue invitation) {
        Locale locale = MailTexts.locale(invitation.recipientLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("name", invitation.recipientName());
        model.put("customerName", invitation.customerName());
        model.put("partnerName", invitation.partnerName());
        if (invitation.requestedByName() != null) {
            model.put("requestedByName", invitation.requestedByName());
        }
        model.put("activationUrl", invitation.activationUrl());
        model.put("expiresAt", texts.dateTime(invitation.expiresAt(), locale));
        model.put("sender", settings.from());
        model.put("reference", invitation.reference());
        outbox.enqueue(new OutgoingMail("invitation-" + invitation.invitationId(), invitation.recipientEmail(), locale,
                TEMPLATE, model, invitation.requestId(), invitation.reference()));
    }
}
