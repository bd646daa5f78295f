package com.activationdesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the outbox keeps what it sent (docs/mail-outbox.md, section Retention).
 *
 * @param bodies after this time since sending, a sent mail's text and HTML are emptied; the log keeps recipient,
 *               subject, request, status and times
 * @param rows   after this time since sending (failed mails: since their creation) the row is deleted; pending
 *               mails are never deleted
 */
@ConfigurationProperties("activationdesk.mail.retention")
public record MailRetention(@DefaultValue("30d") Duration bodies, @DefaultValue("365d") Duration rows) {

    public MailRetention {
        if (!bodies.isPositive() || rows.compareTo(bodies) < 0) {
            throw new IllegalArgumentException("activationdesk.mail.retention.bodies must be positive and "
                    + "activationdesk.mail.retention.rows at least as long, were " + bodies + " and " + rows);
        }
    }
}
