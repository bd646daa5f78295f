package com.activationdesk.mail;

import java.time.Instant;

/** One row of the mail log, without the bodies (those are loaded per mail, see {@link MailLogService#content}). */
public record MailLogEntry(long id, String recipient, String subject, String requestReference, MailStatus status,
                           int attempts, String lastError, Instant createdAt, Instant sentAt, String messageId) {
}
