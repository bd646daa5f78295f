package com.activationdesk.mail;

import java.util.Locale;
import java.util.Map;

import com.activationdesk.organization.PasswordResetMailDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The "forgot password" mail, in the user's language. Stored in the transaction that stored the link, keyed by it:
 * one link, one mail. As with invitations, the outbox keeps {@link #LINK_PLACEHOLDER} where the link goes; the
 * delivery job mints the link and puts it in at the SMTP hand-over, in memory only (docs/activation-tokens.md).
 */
@Component
class PasswordResetMails {

    static final String TEMPLATE = "password-reset";
    /** Stands for the reset link in the stored mail; survives HTML escaping unchanged. */
    static final String LINK_PLACEHOLDER = "[[password-reset-link]]";

    private final MailOutbox outbox;
    private final MailTexts texts;

    PasswordResetMails(MailOutbox outbox, MailTexts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void on(PasswordResetMailDue reset) {
        Locale locale = MailTexts.locale(reset.language());
        Map<String, Object> model = Map.of("name", reset.name(), "resetUrl", LINK_PLACEHOLDER,
                "expiresAt", texts.dateTime(reset.expiresAt(), locale));
        outbox.enqueuePasswordReset(new OutgoingMail("password-reset-" + reset.resetId(), reset.email(), locale,
                TEMPLATE, model, null, null), reset.resetId());
    }
}
