package com.activationdesk.request.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.TermsAcceptance;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Actor;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestMove;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.domain.Workflow;
import com.activationdesk.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link Tenants} for the invitation module; moves go through {@link RequestService}. */
@Component
@Transactional
class RequestTenants implements Tenants {

    private final ActivationRequestRepository requests;
    private final RequestScope scope;
    private final RequestService requestService;
    private final CurrentUser currentUser;
    private final Clock clock;

    RequestTenants(ActivationRequestRepository requests, RequestScope scope, RequestService requestService,
                   CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.scope = scope;
        this.requestService = requestService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Tenant tenant(long requestId) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        Company company = request.getData().company();
        TenantAdministrator administrator = request.getData().administrator();
        // The workflow table decides whether the request still waits for its administrator.
        boolean awaiting = Workflow.find(request.getStatus(), RequestAction.ACTIVATE, Actor.INVITEE).isPresent();
        return new Tenant(request.getId(), company.name(), company.country(), request.getPartner().getName(),
                request.getCreatedById(), administrator.email(), administrator.firstName(), administrator.lastName(),
                administrator.language(), awaiting);
    }

    @Override
    public void activate(long requestId, String administratorEmail, long customerOrganizationId,
                         TermsAcceptance terms) {
        requestService.activate(requestId, administratorEmail, customerOrganizationId, terms);
    }

    /**
     * Each request in a transaction of its own when the caller has none (the scheduled job): one transaction for all
     * held the audit chain's head, taken for the first request, while it waited for the next request's row, and a
     * user acting on that request holds the row while waiting for the head — a deadlock. Inside a caller's
     * transaction (the demo seeding) they all join it.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<String> expireDueInvitations() {
        return requestService.requestsWithExpiredInvitation().stream()
                .flatMap(id -> requestService.expireInvitation(id).stream())
                .toList();
    }

    /**
     * Each activation creates its own end-customer organisation, so the scope holds at most one request; should
     * there be more, the oldest is the tenant.
     */
    @Override
    @PreAuthorize("hasRole('CUSTOMER_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<RequestDetails> ownTenant() {
        return requests.findAll(scope.of(currentUser.require()), Sort.by("id")).stream().findFirst()
                .map(request -> requestService.get(request.getId()));
    }

    @Override
    @Transactional(readOnly = true)
    public RequestDetails visibleTenant(long requestId) {
        return requestService.get(requestId);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean coAdministratorNoteRequired(RequestStatus status, RequestAction action) {
        return Workflow.find(status, action, Actor.of(currentUser.require().role()))
                .map(Workflow.Transition::commentRequired).orElse(false);
    }

    @Override
    public RequestDetails changeCoAdministrators(long requestId, long version, RequestAction action, String note,
                                                 CoAdministratorChange change) {
        return requestService.changeCoAdministrators(requestId, version, action, note, change);
    }

    /** Like a scheduled job: no caller's scope, no version seen; the table must permit the system's move. */
    @Override
    public void removeCoAdministratorAsSystem(long requestId, CoAdministratorChange change) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        Instant now = clock.instant();
        List<FieldChange> changes = new ArrayList<>();
        RequestMove move = request.changeCoAdministrators(RequestAction.REMOVE_CO_ADMIN, Actor.SYSTEM, null, now,
                noteRequired -> changes.add(change.apply(request.getPartner().getId(), noteRequired)));
        requestService.store(request, move, AuditActor.system(), changes, now);
    }
}
