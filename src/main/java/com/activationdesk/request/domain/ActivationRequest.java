package com.activationdesk.request.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.sla.SlaClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

/**
 * One partner's request for a new Unify Phone tenant for one end customer. Status changes only through
 * {@link #moveTo}, called by the service after {@link Workflow} permitted the move.
 */
@Entity
@Table(name = "activation_request")
public class ActivationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Human-readable, e.g. {@code UP-2026-000123}. */
    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @Embedded
    private CustomerData data;

    /** Lower-case letters and digits of the company name, for the duplicate-customer warning. */
    @Column(name = "customer_name_normalized", length = 200)
    private String customerNameNormalized;

    /** The grid's free text finds the request by these ({@link SearchWords}); written, never read by the entity. */
    @ElementCollection
    @CollectionTable(name = "request_search_word", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "word", length = SearchWords.MAX_LENGTH, nullable = false)
    private Set<String> searchWords = new HashSet<>();

    @Column(name = "vat_normalized", length = 50)
    private String vatNormalized;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Organization partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_tier", nullable = false, length = 10, updatable = false)
    private PartnerTier partnerTier;

    /** The distributor a tier-2 partner chose; {@code null} for tier 1. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "distributor_id")
    private Organization distributor;

    /** The CAM (tier 1) or DAM (tier 2) responsible since submission; the CAM/DAM data scope reads this column. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_manager_id")
    private AppUser responsibleManager;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Set on the first forward; from then on Cloud Ops sees the request (their data scope). */
    @Column(name = "reached_cloud_ops_at")
    private Instant reachedCloudOpsAt;

    /** The latest return reason, Cloud Ops question or rejection reason, shown to whoever must act next. */
    @Column(name = "last_comment", length = 2000)
    private String lastComment;

    @Column(name = "export_control_confirmed_at")
    private Instant exportControlConfirmedAt;

    @Column(name = "export_control_confirmed_by_id")
    private Long exportControlConfirmedById;

    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Embedded
    private SlaClock slaClock = new SlaClock();

    @Column(name = "invitation_sent_at")
    private Instant invitationSentAt;

    /**
     * Monday of the invitation's week in the business zone. SQL cannot tell Berlin's weeks apart without the
     * server's time-zone tables, and Cloud Ops' weekly SLA figures group by it (changeset 017).
     */
    @Column(name = "invitation_week")
    private LocalDate invitationWeek;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "terms_version", length = 20)
    private String termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    /** The end-customer organisation created on activation; the customer admin's data scope. */
    @Column(name = "customer_organization_id")
    private Long customerOrganizationId;

    protected ActivationRequest() {
    }

    public ActivationRequest(String reference, Organization partner, Long createdById, Instant now) {
        this.reference = reference;
        this.partner = partner;
        this.partnerTier = partner.getTier();
        this.createdById = createdById;
        this.status = RequestStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.data = CustomerData.EMPTY;
    }

    /** Replaces the entered data and keeps the normalised duplicate-check keys in step. */
    public void setData(CustomerData data, Organization distributor) {
        this.data = data;
        this.distributor = distributor;
        this.customerNameNormalized = normalizeName(data.company().name());
        this.vatNormalized = normalizeVat(data.company().vatOrRegistrationNumber());
        // changed in place: Hibernate then deletes and inserts only the words that differ
        Set<String> words = SearchWords.of(data.company().name(), data.company().otherNames());
        searchWords.retainAll(words);
        searchWords.addAll(words);
    }

    /**
     * Applies the status the workflow table decided on. The last-change time always moves forward (by at least
     * a microsecond, the column's precision), so every move changes the row and bumps the version, even one
     * that keeps the status: a second user acting on the old version is always refused.
     */
    public void moveTo(RequestStatus target, Instant now) {
        this.status = target;
        Instant truncated = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.updatedAt = updatedAt != null && !truncated.isAfter(updatedAt) ? updatedAt.plus(1, java.time.temporal.ChronoUnit.MICROS) : truncated;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void markSubmitted(AppUser responsibleManager, Instant now) {
        this.responsibleManager = responsibleManager;
        this.submittedAt = now;
    }

    public void reassignManager(AppUser manager) {
        this.responsibleManager = manager;
    }

    public void markForwarded(long confirmedById, Instant now) {
        this.exportControlConfirmedAt = now;
        this.exportControlConfirmedById = confirmedById;
        if (reachedCloudOpsAt == null) {
            reachedCloudOpsAt = now;
        }
    }

    public void setLastComment(String lastComment) {
        this.lastComment = lastComment;
    }

    /** @param sentWeek the Monday (business zone) of the week {@code sentAt} falls in, for the weekly SLA figures */
    public void recordInvitation(String tenantId, Instant sentAt, LocalDate sentWeek, Instant expiresAt) {
        this.tenantId = tenantId;
        this.invitationSentAt = sentAt;
        this.invitationWeek = sentWeek;
        this.invitationExpiresAt = expiresAt;
    }

    public void markActivated(long customerOrganizationId, String termsVersion, Instant now) {
        this.customerOrganizationId = customerOrganizationId;
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = now;
        this.activatedAt = now;
    }

    /** Letters and digits only, lower-case, accents folded: "Müller GmbH & Co." → "mullergmbhco". */
    public static String normalizeName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String normalized = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return normalized.isEmpty() ? null : normalized;
    }

    /** Upper-case, without spaces, dots or dashes: "DE 123.456-789" → "DE123456789". */
    public static String normalizeVat(String vat) {
        if (vat == null || vat.isBlank()) {
            return null;
        }
        String normalized = vat.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return normalized.isEmpty() ? null : normalized;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public CustomerData getData() {
        return data;
    }

    public Organization getPartner() {
        return partner;
    }

    public PartnerTier getPartnerTier() {
        return partnerTier;
    }

    public Organization getDistributor() {
        return distributor;
    }

    public AppUser getResponsibleManager() {
        return responsibleManager;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReachedCloudOpsAt() {
        return reachedCloudOpsAt;
    }

    public String getLastComment() {
        return lastComment;
    }

    public Instant getExportControlConfirmedAt() {
        return exportControlConfirmedAt;
    }

    public String getTenantId() {
        return tenantId;
    }

    /** Hibernate loads a clock whose columns are all NULL as {@code null}; callers always get a clock object. */
    public SlaClock getSlaClock() {
        if (slaClock == null) {
            slaClock = new SlaClock();
        }
        return slaClock;
    }

    public Instant getInvitationSentAt() {
        return invitationSentAt;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
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

    public Long getCustomerOrganizationId() {
        return customerOrganizationId;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ActivationRequest other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ActivationRequest.class.hashCode();
    }
}
