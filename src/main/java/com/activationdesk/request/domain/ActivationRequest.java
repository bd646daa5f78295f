package com.activationdesk.request.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.TermsAcceptance;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaPolicy;
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
 * One partner's request for a new Unify Phone tenant for one end customer. It owns its lifecycle: each intent
 * method (submit, forward, invite, ...) asks {@link Workflow} whether the actor may take that action now, does
 * what the action means for the SLA and link clocks, and moves to the status the table names.
 */
@Entity
@Table(name = "activation_request")
public class ActivationRequest {

    /** The {@code last_comment} column's length, and so the limit for every comment. */
    private static final int MAX_COMMENT = 2000;

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
    @Column(name = "last_comment", length = MAX_COMMENT)
    private String lastComment;

    @Column(name = "export_control_confirmed_at")
    private Instant exportControlConfirmedAt;

    @Column(name = "export_control_confirmed_by_id")
    private Long exportControlConfirmedById;

    @Embedded
    private SlaClock slaClock = new SlaClock();

    @Embedded
    private TenantInvitation invitation = new TenantInvitation();

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
        // rerouted after a return: unsubmitted, the new distributor sees it once sent to it (one instance per id)
        submittedAt = status == RequestStatus.RETURNED && distributor != this.distributor ? null : submittedAt;
        this.data = data;
        this.distributor = distributor;
        this.customerNameNormalized = DuplicateKeys.normalizeName(data.company().name());
        this.vatNormalized = DuplicateKeys.normalizeVat(data.company().vatOrRegistrationNumber());
        // changed in place: Hibernate then deletes and inserts only the words that differ
        Set<String> words = SearchWords.of(data.company().name(), data.company().otherNames());
        searchWords.retainAll(words);
        searchWords.addAll(words);
    }

    /** Saves a draft or a returned request; {@code enterData} validates and writes the data once allowed. */
    public RequestMove edit(Actor actor, Runnable enterData, Instant now) {
        return move(RequestAction.EDIT, actor, null, now, comment -> enterData.run());
    }

    /**
     * Routes the request to its reviewer (the table decides where by tier). {@code reviewer} is asked only once the
     * submission is allowed: it refuses incomplete data and names a missing CAM or DAM.
     */
    public RequestMove submit(Actor actor, Supplier<AppUser> reviewer, Instant now) {
        return move(RequestAction.SUBMIT, actor, null, now, comment -> {
            responsibleManager = reviewer.get();
            submittedAt = now;
        });
    }

    public RequestMove withdraw(Actor actor, String comment, Instant now) {
        return move(RequestAction.WITHDRAW, actor, comment, now, text -> cancelSlaClock());
    }

    public RequestMove passToDam(Actor actor, String comment, Instant now) {
        return move(RequestAction.PASS_TO_DAM, actor, comment, now, text -> { });
    }

    public RequestMove returnToPartner(Actor actor, String reason, Instant now) {
        return move(RequestAction.RETURN, actor, reason, now, text -> lastComment = text);
    }

    /**
     * Records who confirmed the export-control check; starts the SLA clock, or resumes it after a question from
     * Cloud Ops. From the first forward on, Cloud Ops sees the request.
     */
    public RequestMove forwardToCloudOps(Actor actor, long confirmedById, String comment, SlaPolicy policy,
                                         Instant now) {
        return move(RequestAction.FORWARD_TO_CLOUD_OPS, actor, comment, now, text -> {
            exportControlConfirmedAt = now;
            exportControlConfirmedById = confirmedById;
            if (reachedCloudOpsAt == null) {
                reachedCloudOpsAt = now;
            }
            SlaClock sla = getSlaClock();
            if (sla.getPhase() == SlaPhase.PAUSED) {
                sla.resume(now, policy);
            } else {
                sla.start(now, policy);
            }
        });
    }

    public RequestMove reject(Actor actor, String reason, Instant now) {
        return move(RequestAction.REJECT, actor, reason, now, text -> {
            lastComment = text;
            cancelSlaClock();
        });
    }

    /** The customer's link expired or got lost: Cloud Ops must send a new one, on a new SLA clock. */
    public RequestMove requestResend(Actor actor, String comment, SlaPolicy policy, Instant now) {
        return move(RequestAction.REQUEST_RESEND, actor, comment, now, text -> getSlaClock().start(now, policy));
    }

    /** Cloud Ops' question to the CAM/DAM; the SLA clock pauses until the request is forwarded again. */
    public RequestMove askManager(Actor actor, String question, SlaPolicy policy, Instant now) {
        return move(RequestAction.ASK_MANAGER, actor, question, now, text -> {
            lastComment = text;
            if (getSlaClock().getPhase() == SlaPhase.RUNNING) {
                getSlaClock().pause(now, policy);
            }
        });
    }

    /** Records the tenant and its invitation: the SLA clock stops, the link clock starts. */
    public RequestMove provisionAndInvite(Actor actor, String tenantId, SlaPolicy policy, ZoneId businessZone,
                                          Instant now) {
        return move(RequestAction.PROVISION_AND_INVITE, actor, null, now,
                text -> invite(tenantId, policy, businessZone, now));
    }

    /** A new link for the same tenant; every earlier link of the request dies with it. */
    public RequestMove resendInvitation(Actor actor, SlaPolicy policy, ZoneId businessZone, Instant now) {
        return move(RequestAction.RESEND_INVITATION, actor, null, now,
                text -> invite(getInvitation().getTenantId(), policy, businessZone, now));
    }

    /** The system's move once the link's clock ran out; empty while the link is still valid. */
    public Optional<RequestMove> expireInvitation(Instant now) {
        if (!getInvitation().linkExpired(now)) {
            return Optional.empty();
        }
        return Optional.of(move(RequestAction.EXPIRE_INVITATION, Actor.SYSTEM, null, now, text -> { }));
    }

    /** The invitee activated the tenant and accepted the terms; the new organisation is the customer admin's scope. */
    public RequestMove activate(long customerOrganizationId, TermsAcceptance acceptance, Instant now) {
        return move(RequestAction.ACTIVATE, Actor.INVITEE, null, now, text -> {
            this.customerOrganizationId = customerOrganizationId;
            getInvitation().accept(acceptance, now);
        });
    }

    /**
     * A co-administrator is added or removed; the status stays. The table is asked once: {@code change} (the
     * invitation module's record, which checks the consent note itself) runs only if the move is allowed, told
     * whether the table requires a note for this actor.
     */
    public RequestMove changeCoAdministrators(RequestAction action, Actor actor, String consentNote, Instant now,
                                              Consumer<Boolean> change) {
        if (action != RequestAction.ADD_CO_ADMIN && action != RequestAction.REMOVE_CO_ADMIN) {
            throw new IllegalArgumentException("Not a co-administrator action: " + action);
        }
        Workflow.Transition transition = Workflow.transition(this, action, actor);
        change.accept(transition.commentRequired());
        return move(transition, consentNote, now, text -> { });
    }

    /**
     * The one path of every move: the table's row and its comment rule, the comment's length (it may become the
     * last comment), the intent's effect (given the trimmed comment), then the row's target status.
     */
    private RequestMove move(RequestAction action, Actor actor, String comment, Instant now, Consumer<String> effect) {
        return move(Workflow.transition(this, action, actor), comment, now, effect);
    }

    private RequestMove move(Workflow.Transition transition, String comment, Instant now, Consumer<String> effect) {
        String text = transition.comment(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            throw new FieldValidationException("comment", "validation.max-length-n", MAX_COMMENT);
        }
        RequestStatus from = status;
        effect.accept(text);
        moveTo(transition.target().apply(this), now);
        return new RequestMove(transition.action(), from, status, text);
    }

    /**
     * The last-change time always moves forward (by at least a microsecond, the column's precision), so every
     * move changes the row and bumps the version, even one that keeps the status: a second user acting on the
     * old version is always refused.
     */
    private void moveTo(RequestStatus target, Instant now) {
        this.status = target;
        Instant truncated = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = updatedAt != null && !truncated.isAfter(updatedAt) ? updatedAt.plus(1, ChronoUnit.MICROS) : truncated;
    }

    /** The invitation ends the SLA clock (a running or paused one) with its verdict and starts the link clock. */
    private void invite(String tenantId, SlaPolicy policy, ZoneId businessZone, Instant now) {
        if (getSlaClock().isOpen()) {
            getSlaClock().stop(now, policy);
        }
        getInvitation().send(tenantId, now, businessZone);
    }

    /** Withdrawn or rejected: no invitation is due, so the clock ends without a verdict. */
    private void cancelSlaClock() {
        if (getSlaClock().isOpen()) {
            getSlaClock().cancel();
        }
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

    public String getLastComment() {
        return lastComment;
    }

    public Instant getExportControlConfirmedAt() {
        return exportControlConfirmedAt;
    }

    /** Hibernate loads a clock whose columns are all NULL as {@code null}; callers always get a clock object. */
    public SlaClock getSlaClock() {
        return slaClock == null ? (slaClock = new SlaClock()) : slaClock;
    }

    /** Hibernate loads an invitation whose columns are all NULL as {@code null}; callers always get one. */
    public TenantInvitation getInvitation() {
        return invitation == null ? (invitation = new TenantInvitation()) : invitation;
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
