package com.activationdesk.organization.domain;

import java.time.Instant;
import java.util.Locale;

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
import jakarta.persistence.Version;

/** A person who logs in. E-mail is the login name, stored lower-case and unique. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Spring Security DelegatingPasswordEncoder format, e.g. {@code {bcrypt}$2a$...}. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    /** Copy of the organisation's type so the database can check that role and organisation match. */
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type", nullable = false, length = 20)
    private OrganizationType organizationType;

    /** {@code de} or {@code en}; {@code null} follows the browser. */
    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set by an admin or the bootstrap: the user must choose their own at the next login. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * Read-only here: failed logins are counted by {@link AppUserRepository}'s bulk updates, which leave the
     * version alone, so a failed login never makes an admin's open form stale.
     */
    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "failed_logins", insertable = false, updatable = false)
    private int failedLogins;

    @Column(name = "last_failed_login_at", insertable = false, updatable = false)
    private Instant lastFailedLoginAt;

    /** Raised by {@link #endSessions()}; a session started with an older value is no longer valid. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    protected AppUser() {
    }

    public AppUser(String email, String displayName, String passwordHash, Role role, Organization organization) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assign(role, organization);
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Role and organisation change together: the database rejects a mismatch, the service explains it. */
    public void assign(Role role, Organization organization) {
        this.role = role;
        this.organization = organization;
        this.organizationType = organization.getType();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normalizeEmail(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /**
     * @param chosenByUser {@code false} when an admin (or the bootstrap) sets it: then the user must change it at
     *                     the next login
     */
    public void setPassword(String passwordHash, boolean chosenByUser) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = !chosenByUser;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The end of the current or last lock-out; {@code null} when the account was never locked or was unlocked. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Role getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    /** Every session logged in before this call ends at its next request (security module). */
    public void endSessions() {
        securityVersion++;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AppUser other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
