package com.activationdesk.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.activationdesk.request.TermsAcceptance;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The tenant administrator's invitation, embedded in the request table: the tenant Cloud Ops provisioned, the
 * link's 72-hour clock ({@link LinkClock}) and the acceptance of the terms that activated the tenant, with its
 * evidence ({@link TermsAcceptance}). Every
 * column is NULL until Cloud Ops first invites.
 */
@Embeddable
@Access(AccessType.FIELD)
public class TenantInvitation {

    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Column(name = "invitation_sent_at")
    private Instant sentAt;

    /**
     * Monday of the invitation's week in the business zone. SQL cannot tell Berlin's weeks apart without the
     * server's time-zone tables, and Cloud Ops' weekly SLA figures group by it (changeset 017).
     */
    @Column(name = "invitation_week")
    private LocalDate week;

    @Column(name = "invitation_expires_at")
    private Instant expiresAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "terms_version", length = 20)
    private String termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    /** SHA-256 of the terms text the administrator was shown; with the address and browser, the evidence. */
    @Column(name = "terms_hash", length = 64)
    private String termsHash;

    @Column(name = "activation_client_address", length = 45)
    private String activationClientAddress;

    @Column(name = "activation_user_agent", length = TermsAcceptance.USER_AGENT_LENGTH)
    private String activationUserAgent;

    /** Sends a link for the tenant; a new link replaces every earlier one. */
    void send(String tenantId, Instant now, ZoneId businessZone) {
        this.tenantId = tenantId;
        this.sentAt = now;
        this.week = InvitationWeek.of(now, businessZone);
        this.expiresAt = LinkClock.expiresAt(now);
    }

    boolean linkExpired(Instant now) {
        return expiresAt != null && LinkClock.isExpired(expiresAt, now);
    }

    void accept(TermsAcceptance acceptance, Instant now) {
        this.termsVersion = acceptance.termsVersion();
        this.termsHash = acceptance.termsHash();
        this.activationClientAddress = acceptance.clientAddress();
        this.activationUserAgent = acceptance.userAgent();
        this.termsAcceptedAt = now;
        this.activatedAt = now;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }
}
