package com.activationdesk.request.service;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditRecord;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.request.InvitationIssued;
import com.activationdesk.request.RequestTransitioned;
import com.activationdesk.request.TermsAcceptance;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestMove;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.domain.TenantInvitation;
import com.activationdesk.request.domain.Workflow;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a request goes through here: load within the caller's data scope, check the version the
 * caller saw, let the request move itself (its intent methods ask {@link Workflow}), and append the audit entry
 * and the event in the same transaction.
 */
@NamedInterface("service")
@Service
@Transactional
public class RequestService {

    private static final int MAX_TENANT_ID = 64;

    private final ActivationRequestRepository requests;
    private final OrganizationRepository organizations;
    private final DraftChanges draftChanges;
    private final RequestScope scope;
    private final RequestValidator validator;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final SlaPolicy slaPolicy;
    private final Clock clock;
    /** The reference's year and the invitation's week count in the business time zone, like every date shown. */
    private final ZoneId businessZone;

    RequestService(ActivationRequestRepository requests, OrganizationRepository organizations,
                   DraftChanges draftChanges, RequestScope scope, RequestValidator validator, CurrentUser currentUser,
                   AuditTrail auditTrail, ApplicationEventPublisher events, SlaPolicy slaPolicy,
                   SlaProperties slaProperties, Clock clock) {
        this.requests = requests;
        this.organizations = organizations;
        this.draftChanges = draftChanges;
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
        return details(scope.load(id, user), user);
    }

    /** The audit timeline, oldest first, as the caller's role may see it; only for requests in the caller's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntryView> timeline(long id) {
        UserPrincipal user = currentUser.require();
        return TimelineAudience.visibleTo(user, auditTrail.timeline(scope.load(id, user).getId()));
    }

    /**
     * What the detail view shows: {@link #get} and {@link #timeline} from one read of the request (the view asks
     * for both at every opening and after every action).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DetailsWithTimeline getWithTimeline(long id) {
        UserPrincipal user = currentUser.require();
        ActivationRequest request = scope.load(id, user);
        return new DetailsWithTimeline(details(request, user),
                TimelineAudience.visibleTo(user, auditTrail.timeline(request.getId())));
    }

    /** Field-by-field findings for the partner's form, before anything is saved. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public List<FieldProblem> check(RequestForm form, Long requestId, boolean complete) {
        UserPrincipal user = currentUser.require();
        if (requestId != null) {
            // The id exempts that request from the collision checks: only the caller's own request may be named,
            // or comparing answers would tell whether another company's request uses an address or customer.
            scope.load(requestId, user);
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
        // Refused data before the reference: a sequence value once drawn is gone even when the transaction rolls back.
        refuseBlocking(validator.validate(form, partner, null, false));
        Instant now = clock.instant();
        String reference = "UP-%d-%06d".formatted(Year.now(clock.withZone(businessZone)).getValue(),
                requests.nextReferenceNumber());
        ActivationRequest request = new ActivationRequest(reference, partner, user.userId(), now);
        List<FieldChange> changes = draftChanges.apply(request, form);
        requests.saveAndFlush(request);
        record(request, RequestAction.CREATE, auditActor(user), null, RequestStatus.DRAFT, null, changes, now);
        return details(request, user);
    }

    /** Saves a draft or a returned request; incomplete data are fine, malformed data are refused. */
    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails saveDraft(long id, long version, RequestForm form) {
        List<FieldChange> changes = new ArrayList<>();
        return act(id, version, changes, (request, actor, now) -> request.edit(actor, () -> {
            refuseBlocking(validator.validate(form, request.getPartner(), request.getId(), false));
            changes.addAll(draftChanges.apply(request, form));
        }, now));
    }

    /** Full validation, then routing: tier 1 to its CAM, tier 2 to the chosen distributor (and its DAM). */
    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails submit(long id, long version) {
        return act(id, version, List.of(), (request, actor, now) -> request.submit(actor, () -> {
            requireComplete(request);
            return ResponsibleManager.of(request);
        }, now));
    }

    @PreAuthorize("hasRole('PARTNER')")
    public RequestDetails withdraw(long id, long version, String comment) {
        return act(id, version, List.of(), (request, actor, now) -> request.withdraw(actor, comment, now));
    }

    // ---- distributor, CAM, DAM ---------------------------------------------------------------------------

    @PreAuthorize("hasRole('DISTRIBUTOR')")
    public RequestDetails passToDam(long id, long version, String comment) {
        return act(id, version, List.of(), (request, actor, now) -> request.passToDam(actor, comment, now));
    }

    @PreAuthorize("hasAnyRole('DISTRIBUTOR', 'CAM', 'DAM')")
    public RequestDetails returnToPartner(long id, long version, String reason) {
        return act(id, version, List.of(), (request, actor, now) -> request.returnToPartner(actor, reason, now));
    }

    /** Needs both confirmations and no embargo; starts the SLA clock, or resumes it after a question from Cloud Ops. */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails forwardToCloudOps(long id, long version, ForwardChecklist checklist, String comment) {
        if (checklist == null || !checklist.dataComplete()) {
            throw new FieldValidationException("dataComplete", "request.error.checklist-incomplete");
        }
        if (!checklist.exportControlChecked()) {
            throw new FieldValidationException("exportControlChecked", "request.error.checklist-export-control");
        }
        long confirmedBy = currentUser.require().userId();
        return act(id, version, List.of(), (request, actor, now) -> validator.forwardable(request)
                .forwardToCloudOps(actor, confirmedBy, comment, slaPolicy, now));
    }

    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails reject(long id, long version, String reason) {
        return act(id, version, List.of(), (request, actor, now) -> request.reject(actor, reason, now));
    }

    /** The customer's link expired or got lost: Cloud Ops must send a new one, on a new 48-hour clock. */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public RequestDetails requestResend(long id, long version, String comment) {
        return act(id, version, List.of(), (request, actor, now) ->
                request.requestResend(actor, comment, slaPolicy, now));
    }

    // ---- Cloud Ops ---------------------------------------------------------------------------------------

    /** Sends the request back to the CAM/DAM with a question; the SLA clock pauses until it is forwarded again. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public RequestDetails askManager(long id, long version, String question) {
        return act(id, version, List.of(), (request, actor, now) ->
                request.askManager(actor, question, slaPolicy, now));
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
        List<FieldChange> changes = new ArrayList<>();
        return act(id, version, changes, (request, actor, now) -> {
            String previous = request.getInvitation().getTenantId();
            RequestMove move = request.provisionAndInvite(actor, tenant, slaPolicy, businessZone, now);
            if (!Objects.equals(previous, tenant)) {
                changes.add(new FieldChange("tenantId", previous, tenant));
            }
            publishInvitation(request, now);
            return move;
        });
    }

    /** A new link for the same tenant; every earlier link of the request dies with it. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public RequestDetails resendInvitation(long id, long version) {
        return act(id, version, List.of(), (request, actor, now) -> {
            RequestMove move = request.resendInvitation(actor, slaPolicy, businessZone, now);
            publishInvitation(request, now);
            return move;
        });
    }

    // ---- system and invitee ------------------------------------------------------------------------------

    /** The requests whose invitation link has expired, for the scheduled job; the actor is the system. */
    @Transactional(readOnly = true)
    public List<Long> requestsWithExpiredInvitation() {
        return requests.findIdsWithExpiredInvitation(clock.instant());
    }

    /**
     * Moves the request to INVITATION_EXPIRED if its link has run out (not if it was activated or resent meanwhile).
     *
     * @return its reference, if moved
     */
    public Optional<String> expireInvitation(long requestId) {
        Instant now = clock.instant();
        ActivationRequest request = requests.findById(requestId).orElseThrow();
        return request.expireInvitation(now).map(move -> {
            store(request, move, AuditActor.system(), List.of(), now);
            return request.getReference();
        });
    }

    /**
     * The tenant administrator activated the tenant through a valid link (checked by the caller, which owns the
     * links) and accepted the terms; the new end-customer organisation becomes the customer admin's scope.
     */
    public void activate(long requestId, String inviteeEmail, long customerOrganizationId, TermsAcceptance terms) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        Instant now = clock.instant();
        RequestMove move = request.activate(customerOrganizationId, terms, now);
        store(request, move, AuditActor.invitee(inviteeEmail), terms.auditChanges(), now);
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
        List<FieldChange> changes = new ArrayList<>();
        return act(id, version, changes, (request, actor, now) -> request.changeCoAdministrators(action, actor, note,
                now, noteRequired -> changes.add(change.apply(request.getPartner().getId(), noteRequired))));
    }

    // ---- the one path every move takes -------------------------------------------------------------------

    /** One of the request's intent methods, given the caller as the actor. */
    @FunctionalInterface
    private interface Intent {
        RequestMove on(ActivationRequest request, Actor actor, Instant now);
    }

    /**
     * Loads in the caller's scope, checks the version the caller saw and lets the request move itself.
     *
     * @param changes the fields the move changes, for the audit entry; filled by the intent where it finds them
     */
    private RequestDetails act(long id, long version, List<FieldChange> changes, Intent intent) {
        UserPrincipal user = currentUser.require();
        ActivationRequest request = scope.load(id, user);
        if (request.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        Instant now = clock.instant();
        RequestMove move = intent.on(request, Actor.of(user.role()), now);
        store(request, move, auditActor(user), changes, now);
        return details(request, user);
    }

    /** Writes the move (refused if someone else changed the request meanwhile), its audit entry and its event. */
    void store(ActivationRequest request, RequestMove move, AuditActor actor, List<FieldChange> changes,
               Instant now) {
        try {
            requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        record(request, move.action(), actor, move.from(), move.to(), move.comment(), changes, now);
        events.publishEvent(new RequestTransitioned(request.getId(), request.getReference(), move.action(),
                move.from(), move.to(), actor.userId(), move.comment(), now));
    }

    private void record(ActivationRequest request, RequestAction action, AuditActor actor, RequestStatus from,
                        RequestStatus to, String comment, List<FieldChange> changes, Instant now) {
        auditTrail.record(new AuditRecord(request.getId(), request.getReference(), actor, now, action.name(),
                from == null ? null : from.name(), to.name(), comment, changes));
    }

    private void publishInvitation(ActivationRequest request, Instant now) {
        TenantInvitation invitation = request.getInvitation();
        TenantAdministrator admin = request.getData().administrator();
        events.publishEvent(new InvitationIssued(request.getId(), request.getReference(), invitation.getTenantId(),
                admin.email(), admin.language(), admin.fullName(), request.getData().company().name(),
                request.getPartner().getId(), currentUser.find().map(UserPrincipal::userId).orElse(null), now,
                invitation.getExpiresAt()));
    }

    /** A submission needs the complete data, checked as the form checks it. */
    private void requireComplete(ActivationRequest request) {
        RequestForm form = new RequestForm(request.getData(),
                request.getDistributor() == null ? null : request.getDistributor().getId());
        refuseBlocking(validator.validate(form, request.getPartner(), request.getId(), true));
    }

    private static void refuseBlocking(List<FieldProblem> problems) {
        List<FieldProblem> blocking = problems.stream().filter(FieldProblem::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new InvalidRequestException(blocking);
        }
    }

    private Organization ownPartner(UserPrincipal user) {
        return organizations.findById(user.organizationId())
                .filter(Organization::isPartner)
                .orElseThrow(() -> new NotFoundException("partner"));
    }

    private static AuditActor auditActor(UserPrincipal user) {
        return new AuditActor(user.userId(), user.auditName(), user.role().name(), user.organizationId(), user.organizationName());
    }

    private RequestDetails details(ActivationRequest request, UserPrincipal user) {
        return RequestDetailsProjection.of(request, Actor.of(user.role()), clock.instant(), slaPolicy);
    }
}
