package com.activationdesk.invitation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One invitation link of a request. The token itself is never stored, only {@link InvitationToken#hash its hash},
 * and that only from the moment the mail is handed to SMTP ({@code NULL} until then: no link exists yet).
 * Minting the token, being used or superseded are written with conditional bulk updates
 * ({@link InvitationRepository}), so the database decides races; this entity is read-only after insert.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "token_hash", unique = true, length = 64, insertable = false, updatable = false)
    private String tokenHash;

    @Column(name = "recipient_email", nullable = false, length = 254, updatable = false)
    private String recipientEmail;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at", insertable = false, updatable = false)
    private Instant usedAt;

    @Column(name = "superseded_at", insertable = false, updatable = false)
    private Instant supersededAt;

    @Column(name = "superseded_by_id", insertable = false, updatable = false)
    private Long supersededById;

    @Column(name = "created_by_user_id", updatable = false)
    private Long createdByUserId;

    protected Invitation() {
    }

    public Invitation(long requestId, String recipientEmail, Instant sentAt, Instant expiresAt, Long createdByUserId) {
        this.requestId = requestId;
        this.recipientEmail = recipientEmail;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
        this.createdByUserId = createdByUserId;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    /** {@code null} while the mail has not been handed to SMTP yet. */
    public String getTokenHash() {
        return tokenHash;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public Long getCreatedByUserId() {
        return createdByUserId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Invitation other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Invitation.class.hashCode();
    }
}
