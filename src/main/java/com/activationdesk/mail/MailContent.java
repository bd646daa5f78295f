package com.activationdesk.mail;

/** What a mail says, as stored in the outbox: exactly what was (or will be) sent. */
public record MailContent(long id, String subject, String text, String html) {
}
