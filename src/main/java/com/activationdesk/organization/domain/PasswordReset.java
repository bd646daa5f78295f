package com.activationdesk.organization.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One "forgot password" link: only the hash of its secret, its time limit, and whether it is used up. The secret
 * is minted when the mail is handed to SMTP ({@link PasswordResetRepository#replaceToken}); until then there is
 * no hash.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    /** Set through {@link PasswordResetRepository#replaceToken} only. */
    @Column(name = "token_hash", length = 64, insertable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** Set through {@link PasswordResetRepository}'s conditional updates only. */
    @Column(name = "used_at", insertable = false, updatable = false)
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(long userId, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
