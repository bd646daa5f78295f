package com.activationdesk.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Read-only view of an outbox row for the mail log; every write goes through {@link OutboxStore}. Mapped so
 * Hibernate validates the table and the log can page and filter with criteria queries.
 */
@Entity
@Immutable
@Table(name = "mail_outbox")
class OutboxEntry {

    @Id
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "TEXT")
    private String bodyText;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "request_reference", length = 20)
    private String requestReference;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sending_until")
    private Instant sendingUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "body_redacted_at")
    private Instant bodyRedactedAt;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    protected OutboxEntry() {
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    String getMessageId() {
        return messageId;
    }

    MailStatus getStatus() {
        return status;
    }

    Instant getBodyRedactedAt() {
        return bodyRedactedAt;
    }
}
