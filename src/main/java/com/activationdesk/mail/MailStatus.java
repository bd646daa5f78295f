package com.activationdesk.mail;

/** Delivery state of an outbox mail. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    SENT,
    /** Gave up after the maximum number of attempts; a retry from the mail log makes it PENDING again. */
    FAILED;

    public String messageKey() {
        return "mail.status." + name();
    }
}
