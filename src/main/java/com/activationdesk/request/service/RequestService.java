package com.activationdesk.request.service;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditRecord;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.request.InvitationIssued;
import com.activationdesk.request.RequestTransitioned;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.domain.InvitationWeek;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.LinkClock;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.Workflow;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a request goes through here: load within the caller's data scope, check the version the
 * caller saw, ask {@link Workflow} whether the move is allowed, apply it, and append the audit entry and the
 * event in the same transaction.
 */
@Service
@Transactional
public class RequestService {

    private static final int MAX_COMMENT = 2000;
    private static final int MAX_TENANT_ID = 64;

    private final ActivationRequestRepository requests;
    private final OrganizationRepository organizations;
    private final RequestScope scope;
    private final RequestValidator validator;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final SlaPolicy slaPolicy;
    private final Clock clock;
    /** The reference's year is the year in the business time zone, like every date the users see. */
    private final ZoneId businessZone;

    RequestService(ActivationRequestRepository requests, OrganizationRepository organizations, RequestScope scope,
                   RequestValidator validator, CurrentUser currentUser, AuditTrail auditTrail,
                   ApplicationEventPublisher events, SlaPolicy slaPolicy, SlaProperties slaProperties, Clock clock) {
        this.requests = requests;
        this.organizations = organizations;
        this.scope = scope;
        this.validator = validator;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.slaPolicy = slaPolicy;
        this.clock = clock;
        this.businessZone = slaProperties.zone();
    }

    // ---- reads -------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestDetails get(long id) {
        UserPrincipal user = currentUser.require();
        return details(loadInScope(id, user), user);
    }

    /** The audit timeline, oldest first; only for requests in the caller's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntryView> timeline(long id) {
        loadInScope(id, currentUser.require());
        return auditTrail.timeline(id);
    }

    /** Field-by-field findings for the partner's form, before anything is saved. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public List<FieldProblem> check(RequestForm form, Long requestId, boolean complete) {
        UserPrincipal user = currentUser.require();
        if (requestId != null) {
            // The id exempts that request from the collision checks: only the caller's own request may be named,
            // or comparing answers would tell whether another company's request uses an address or customer.
            loadInScope(requestId, user);
        }
        return validator.validate(form, ownPartner(user), requestId, complete);
    }

    /** The logged-in partner's tier and (tier 2) distributors, so the form offers only valid routing choices. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public PartnerRouting myRouting() {
        Organization partner = ownPartner(currentUser.require());
        List<DistributorChoice> distributors = partner.getDistributors().stream()
                .sorted(Comparator.comparing(Organization::getName))
                .map(distributor -> new DistributorChoice(distributor.getId(), distributor.getName()))
                .toList();
        return new PartnerRouting(partner.getId(), partner.getName(), partner.getTier(), distributors);
    }

    // ---- partner -----------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails createDraft(RequestForm form) {
        UserPrincipal user = currentUser.require();
        if (!Workflow.mayCreate(Actor.of(user.role()))) {
            throw new DomainException("request.error.action-not-allowed", RequestAction.CREATE.messageKey(), "-");
        }
        Organization partner = ownPartner(user);
        Instant now = clock.instant();
        String reference = "UP-%d-%06d".formatted(Year.now(clock.withZone(businessZone)).getValue(),
                requests.nextReferenceNumber());
        ActivationRequest request = new ActivationRequest(reference, partner, user.userId(), now);
        List<FieldChange> changes = applyForm(request, form, partner);
        requests.saveAndFlush(request);
        record(request, RequestAction.CREATE, auditActor(user), null, RequestStatus.DRAFT, null, changes, now);
        return details(request, user);
    }

    /** Saves a draft or a returned request; incomplete data are fine, malformed data are refused. */
    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails saveDraft(long id, long version, RequestForm form) {
        return act(id, version, RequestAction.EDIT, null,
                request -> applyForm(request, form, request.getPartner()));
    }

    /** Full validation, then routing: tier 1 to its CAM, tier 2 to the chosen distributor (and its DAM). */
    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails submit(long id, long version) {
        return act(id, version, RequestAction.SUBMIT, null, request -> {
            RequestForm form = new RequestForm(request.getData(),
                    request.getDistributor() == null ? null : request.getDistributor().getId());
            List<FieldProblem> blocking = validator.validate(form, request.getPartner(), request.getId(), true)
                    .stream().filter(FieldProblem::blocking).toList();
            if (!blocking.isEmpty()) {
                throw new InvalidRequestException(blocking);
            }
            request.markSubmitted(responsibleManager(request), clock.instant());
            return List.of();
        });
    }

    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails withdraw(long id, long version, String comment) {
        return act(id, version, RequestAction.WITHDRAW, comment, request -> {
            cancelClock(request);
            return List.of();
        });
    }

    // ---- distributor, CAM, DAM ---------------------------------------------------------------------------

    @PreAuthorize("hasRole('DISTRIBUTOR')")
    public RequestDetails passToDam(long id, long version, String comment) {
        return act(id, version, RequestAction.PASS_TO_DAM, comment, request -> List.of());
    }

    @PreAuthorize("hasAnyRole('DISTRIBUTOR', 'CAM', 'DAM')")
    public RequestDetails returnToPartner(long id, long version, String reason) {
        return act(id, version, RequestAction.RETURN, reason, request -> {
            request.setLastComment(reason.trim());
            return List.of();
        });
    }

    /** Needs both confirmations; starts the SLA clock, or resumes it after a question from Cloud Ops. */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails forwardToCloudOps(long id, long version, ForwardChecklist checklist, String comment) {
        if (checklist == null || !checklist.dataComplete()) {
            throw new FieldValidationException("dataComplete", "request.error.checklist-incomplete");
        }
        if (!checklist.exportControlChecked()) {
            throw new FieldValidationException("exportControlChecked", "request.error.checklist-export-control");
        }
        return act(id, version, RequestAction.FORWARD_TO_CLOUD_OPS, comment, request -> {
            Instant now = clock.instant();
            request.markForwarded(currentUser.require().userId(), now);
            SlaClock sla = request.getSlaClock();
            if (sla.getPhase() == SlaPhase.PAUSED) {
                sla.resume(now, slaPolicy);
            } else {
                sla.start(now, slaPolicy);
            }
            return List.of();
        });
    }

    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails reject(long id, long version, String reason) {
        return act(id, version, RequestAction.REJECT, reason, request -> {
            request.setLastComment(reason.trim());
            cancelClock(request);
            return List.of();
        });
    }

    /** The customer's link expired or got lost: Cloud Ops must send a new one, on a new 48-hour clock. */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails requestResend(long id, long version, String comment) {
        return act(id, version, RequestAction.REQUEST_RESEND, comment, request -> {
            request.getSlaClock().start(clock.instant(), slaPolicy);
            return List.of();
        });
    }

    // ---- Cloud Ops ---------------------------------------------------------------------------------------

    /** Sends the request back to the CAM/DAM with a question; the SLA clock pauses until it is forwarded again. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public RequestDetails askManager(long id, long version, String question) {
        return act(id, version, RequestAction.ASK_MANAGER, question, request -> {
            request.setLastComment(question.trim());
            if (request.getSlaClock().getPhase() == SlaPhase.RUNNING) {
                request.getSlaClock().pause(clock.instant(), slaPolicy);
            }
            return List.of();
        });
    }

    /** Records the tenant and invites its administrator: the SLA clock stops, the 72-hour link clock starts. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public RequestDetails provisionAndInvite(long id, long version, String tenantId) {
        String tenant = tenantId == null ? "" : tenantId.trim();
        if (tenant.isEmpty()) {
            throw new FieldValidationException("tenantId", "validation.required");
        }
        if (tenant.length() > MAX_TENANT_ID) {
            throw new FieldValidationException("tenantId", "validation.max-length-n", MAX_TENANT_ID);
        }
        return act(id, version, RequestAction.PROVISION_AND_INVITE, null, request -> {
            String previous = request.getTenantId();
            invite(request, tenant);
            return Objects.equals(previous, tenant) ? List.of() : List.of(new FieldChange("tenantId", previous, tenant));
        });
    }

    /** A new link for the same tenant; every earlier link of the request dies with it. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public RequestDetails resendInvitation(long id, long version) {
        return act(id, version, RequestAction.RESEND_INVITATION, null, request -> {
            invite(request, request.getTenantId());
            return List.of();
        });
    }

    // ---- system and invitee ------------------------------------------------------------------------------

    /**
     * Moves every request whose invitation link has expired to INVITATION_EXPIRED. Called by the scheduled
     * job, with no user: the actor is the system.
     *
     * @return the references of the requests moved
     */
    public List<String> expireDueInvitations() {
        Instant now = clock.instant();
        List<String> expired = new ArrayList<>();
        for (Long id : requests.findIdsWithExpiredInvitation(now)) {
            ActivationRequest request = requests.findById(id).orElseThrow();
            if (LinkClock.isExpired(request.getInvitationExpiresAt(), now)) {
                apply(request, RequestAction.EXPIRE_INVITATION, Actor.SYSTEM, AuditActor.system(), null,
                        r -> List.of());
                expired.add(request.getReference());
            }
        }
        return expired;
    }

    /**
     * The tenant administrator activated the tenant through a valid link (checked by the caller, which owns the
     * links) and accepted the terms; the new end-customer organisation becomes the customer admin's scope.
     */
    public void activate(long requestId, String inviteeEmail, long customerOrganizationId, String termsVersion) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        apply(request, RequestAction.ACTIVATE, Actor.INVITEE, AuditActor.invitee(inviteeEmail), null, r -> {
            r.markActivated(customerOrganizationId, termsVersion, clock.instant());
            return List.of(new FieldChange("termsVersion", null, termsVersion));
        });
    }

    // ---- customer admin and Cloud Ops: co-administrators ----------------------------------------------------

    /**
     * Adds or removes a co-administrator ({@link com.activationdesk.request.Tenants#changeCoAdministrators}): the
     * request is loaded in the caller's scope and the workflow table asked once; the invitation module's
     * {@code change} keeps its record in between and may refuse (e.g. a consent note the table requires). Which
     * roles may act is the table's answer too (a partner learns the action is not allowed, as in the detail view).
     */
    @PreAuthorize("isAuthenticated()")
    RequestDetails changeCoAdministrators(long id, long version, RequestAction action, String note,
                                          Tenants.CoAdministratorChange change) {
        if (action != RequestAction.ADD_CO_ADMIN && action != RequestAction.REMOVE_CO_ADMIN) {
            throw new IllegalArgumentException("Not a co-administrator action: " + action);
        }
        UserPrincipal user = currentUser.require();
        ActivationRequest request = loadInScope(id, user);
        Workflow.Transition transition = Workflow.transition(request, action, Actor.of(user.role()));
        FieldChange changed = change.apply(request.getPartner().getId(), transition.commentRequired());
        if (request.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        apply(request, transition, auditActor(user), note, r -> List.of(changed));
        return details(request, user);
    }

    // ---- the one path every move takes -------------------------------------------------------------------

    private RequestDetails act(long id, long version, RequestAction action, String comment,
                               Function<ActivationRequest, List<FieldChange>> effect) {
        UserPrincipal user = currentUser.require();
        ActivationRequest request = loadInScope(id, user);
        if (request.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        apply(request, action, Actor.of(user.role()), auditActor(user), comment, effect);
        return details(request, user);
    }

    private void apply(ActivationRequest request, RequestAction action, Actor actor, AuditActor auditActor,
                       String comment, Function<ActivationRequest, List<FieldChange>> effect) {
        apply(request, Workflow.transition(request, action, actor), auditActor, comment, effect);
    }

    private void apply(ActivationRequest request, Workflow.Transition transition, AuditActor auditActor,
                       String comment, Function<ActivationRequest, List<FieldChange>> effect) {
        RequestAction action = transition.action();
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (transition.commentRequired() && text == null) {
            throw new FieldValidationException("comment", "request.error.comment-required");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw new FieldValidationException("comment", "validation.max-length-n", MAX_COMMENT);
        }
        RequestStatus from = request.getStatus();
        List<FieldChange> changes = effect.apply(request);
        Instant now = clock.instant();
        request.moveTo(transition.target().apply(request), now);
        try {
            requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        record(request, action, auditActor, from, request.getStatus(), text, changes, now);
        events.publishEvent(new RequestTransitioned(request.getId(), request.getReference(), action, from,
                request.getStatus(), auditActor.userId(), text, now));
    }

    private void record(ActivationRequest request, RequestAction action, AuditActor actor, RequestStatus from,
                        RequestStatus to, String comment, List<FieldChange> changes, Instant now) {
        auditTrail.record(new AuditRecord(request.getId(), request.getReference(), actor, now, action.name(),
                from == null ? null : from.name(), to.name(), comment, changes));
    }

    private void invite(ActivationRequest request, String tenantId) {
        Instant now = clock.instant();
        SlaClock sla = request.getSlaClock();
        if (sla.getPhase() == SlaPhase.RUNNING || sla.getPhase() == SlaPhase.PAUSED) {
            sla.stop(now, slaPolicy);
        }
        Instant expiresAt = LinkClock.expiresAt(now);
        request.recordInvitation(tenantId, now, InvitationWeek.of(now, businessZone), expiresAt);
        CustomerData data = request.getData();
        events.publishEvent(new InvitationIssued(request.getId(), request.getReference(), tenantId, data.adminEmail(),
                data.adminLanguage(), data.adminFirstName() + " " + data.adminLastName(), data.customerName(),
                request.getPartner().getId(), currentUser.find().map(UserPrincipal::userId).orElse(null), now, expiresAt));
    }

    private static void cancelClock(ActivationRequest request) {
        SlaPhase phase = request.getSlaClock().getPhase();
        if (phase == SlaPhase.RUNNING || phase == SlaPhase.PAUSED) {
            request.getSlaClock().cancel();
        }
    }

    private List<FieldChange> applyForm(ActivationRequest request, RequestForm form, Organization partner) {
        List<FieldProblem> blocking = validator.validate(form, partner, request.getId(), false).stream()
                .filter(FieldProblem::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new InvalidRequestException(blocking);
        }
        CustomerData data = RequestValidator.normalized(form.data());
        Organization distributor = form.distributorId() == null ? null
                : organizations.findById(form.distributorId()).orElseThrow(() -> new NotFoundException("distributor"));
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String[]> change : CustomerData.differences(request.getData(), data).entrySet()) {
            changes.add(new FieldChange(change.getKey(), change.getValue()[0], change.getValue()[1]));
        }
        String oldDistributor = request.getDistributor() == null ? null : request.getDistributor().getName();
        String newDistributor = distributor == null ? null : distributor.getName();
        if (!Objects.equals(oldDistributor, newDistributor)) {
            changes.add(new FieldChange("distributor", oldDistributor, newDistributor));
        }
        request.setData(data, distributor);
        return changes;
    }

    /** A missing assignment is named, and the request stays a draft (the transaction rolls back). */
    private static AppUser responsibleManager(ActivationRequest request) {
        Organization partner = request.getPartner();
        if (partner.isTier1Partner()) {
            if (partner.getCam() == null) {
                throw new DomainException("request.error.no-cam", partner.getName());
            }
            return partner.getCam();
        }
        Organization distributor = request.getDistributor();
        if (distributor == null) {
            throw new FieldValidationException("distributorId", "validation.required");
        }
        if (partner.getDistributors().stream().noneMatch(d -> d.getId().equals(distributor.getId()))) {
            throw new FieldValidationException("distributorId", "request.validation.distributor-not-linked");
        }
        if (distributor.getDam() == null) {
            throw new DomainException("request.error.no-dam", distributor.getName());
        }
        return distributor.getDam();
    }

    private ActivationRequest loadInScope(long id, UserPrincipal user) {
        Specification<ActivationRequest> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return requests.findOne(byId.and(scope.of(user))).orElseThrow(() -> new NotFoundException("request"));
    }

    private Organization ownPartner(UserPrincipal user) {
        return organizations.findById(user.organizationId())
                .filter(Organization::isPartner)
                .orElseThrow(() -> new NotFoundException("partner"));
    }

    private static AuditActor auditActor(UserPrincipal user) {
        return new AuditActor(user.userId(), user.email(), user.role().name(), user.organizationId(), user.organizationName());
    }

    private RequestDetails details(ActivationRequest r, UserPrincipal user) {
        Instant now = clock.instant();
        Organization distributor = r.getDistributor();
        AppUser manager = r.getResponsibleManager();
        SlaClock sla = r.getSlaClock();
        return new RequestDetails(r.getId(), r.getVersion(), r.getReference(), r.getStatus(), r.getData(),
                r.getPartner().getId(), r.getPartner().getName(), r.getPartnerTier(),
                distributor == null ? null : distributor.getId(), distributor == null ? null : distributor.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.getDisplayName(),
                manager == null ? null : manager.getEmail(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getSubmittedAt(), r.getLastComment(),
                r.getExportControlConfirmedAt(), r.getTenantId(),
                sla.stateAt(now), sla.getDueAt(), sla.workingTimeLeft(now, slaPolicy),
                r.getInvitationSentAt(), r.getInvitationExpiresAt(),
                r.getActivatedAt(), r.getTermsVersion(), r.getTermsAcceptedAt(),
                Workflow.allowedActions(r, Actor.of(user.role())));
    }
}
