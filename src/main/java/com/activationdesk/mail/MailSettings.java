package com.activationdesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code activationdesk.mail}; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from        sender address; invitations name it so recipients can allow-list it in their spam filter
 * @param replyTo     where replies go
 * @param maxAttempts delivery attempts before a mail is FAILED (the mail log can retry it)
 * @param retryDelay  wait after the first failed attempt; doubles with every further failure
 * @param lease       how long a delivery run owns a claimed mail; must exceed the SMTP time-outs
 * @param batchSize   mails claimed per delivery run
 */
@ConfigurationProperties("activationdesk.mail")
public record MailSettings(
        @DefaultValue("activation-desk@vendor.example") String from,
        @DefaultValue("activation-desk@vendor.example") String replyTo,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("50") int batchSize) {

    public MailSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("activationdesk.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (!retryDelay.isPositive() || !lease.isPositive()) {
            throw new IllegalArgumentException("activationdesk.mail.retry-delay and lease must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("activationdesk.mail.batch-size must be at least 1, was " + batchSize);
        }
    }

    /** Wait before the next attempt after {@code attempts} failed ones: retryDelay × 2^(attempts − 1), capped at a day. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = retryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
