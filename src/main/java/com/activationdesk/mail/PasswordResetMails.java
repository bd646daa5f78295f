package com.activationdesk.mail;

import java.util.Locale;
import java.util.Map;

import com.activationdesk.organization.PasswordResetMailDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The "forgot password" mail with its single-use link, in the user's language. Stored in the transaction that
 * stored the link, keyed by it: one link, one mail.
 */
@Component
class PasswordResetMails {

    static final String TEMPLATE = "password-reset";

    private final MailOutbox outbox;
    private final MailTexts texts;

    PasswordResetMails(MailOutbox outbox, MailTexts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void on(PasswordResetMailDue reset) {
        Locale locale = MailTexts.locale(reset.language());
        Map<String, Object> model = Map.of("name", reset.name(), "resetUrl", reset.resetUrl(),
                "expiresAt", texts.dateTime(reset.expiresAt(), locale));
        outbox.enqueue(new OutgoingMail("password-reset-" + reset.resetId(), reset.email(), locale, TEMPLATE, model,
                null, null));
    }
}
