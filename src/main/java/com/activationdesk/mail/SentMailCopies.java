package com.activationdesk.mail;

import java.util.Optional;

/**
 * The mails an SMTP server inside the app received (the development catcher): the only place outside the
 * recipient's mailbox where a sent invitation's working link exists. Absent in production.
 */
interface SentMailCopies {

    /** The last copy received with this Message-ID (a retried mail has several; only the last link works). */
    Optional<RenderedMail> find(String messageId);
}
