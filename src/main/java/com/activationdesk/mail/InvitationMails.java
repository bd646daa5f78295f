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
 * Stored in the transaction that created the link, keyed by the invitation, so one link means one mail. The outbox
 * keeps {@link #LINK_PLACEHOLDER} where the link goes; the delivery job mints the link and puts it in at the
 * SMTP hand-over, in memory only (docs/activation-tokens.md).
 */
@Component
class InvitationMails {

    static final String TEMPLATE = "invitation";
    /** Stands for the activation link in the stored mail; survives HTML escaping unchanged. */
    static final String LINK_PLACEHOLDER = "[[activation-link]]";

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
        model.put("activationUrl", LINK_PLACEHOLDER);
        model.put("expiresAt", texts.dateTime(invitation.expiresAt(), locale));
        model.put("sender", settings.from());
        model.put("reference", invitation.reference());
        outbox.enqueueInvitation(new OutgoingMail("invitation-" + invitation.invitationId(),
                invitation.recipientEmail(), locale, TEMPLATE, model, invitation.requestId(), invitation.reference()),
                invitation.invitationId());
    }
}
