package com.activationdesk.api.token;

import java.time.Instant;

import com.activationdesk.organization.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An API token of a technical user (changeset 045): only the secret's hash is kept, never the secret. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    private String name;
    private String prefix;
    @Column(name = "secret_hash")
    private String secretHash;
    @Enumerated(EnumType.STRING)
    private ApiTokenScopes scopes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(AppUser user, String name, String prefix, String secretHash, ApiTokenScopes scopes, Instant createdAt,
             String createdBy, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.scopes = scopes;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Why the token cannot be used now, or {@code null} when it can. */
    String refusal(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (!now.isBefore(expiresAt)) {
            return "expired";
        }
        if (!user.isEnabled()) {
            return "user-disabled";
        }
        return null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** "name (prefix…)": how lists and audit entries name the token. */
    String label() {
        return name + " (" + prefix + "…)";
    }

    Long getId() {
        return id;
    }

    AppUser getUser() {
        return user;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    ApiTokenScopes getScopes() {
        return scopes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
