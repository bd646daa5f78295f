package com.activationdesk.request.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.activationdesk.request.RequestTransitioned;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.ScreenedRequest;
import com.activationdesk.screening.ScreenedRequests;
import com.activationdesk.screening.ScreeningSubject;
import com.activationdesk.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests as the screening sees them: the end customer's name and other names and the tenant administrator's
 * name, screened on every submission (in its transaction) and reached by screening through its port. The request
 * service is looked up lazily: it needs the validator, which needs the screening, which needs this port.
 */
@Component
class ScreenedRequestsAdapter implements ScreenedRequests {

    /** The reason partners read: it must not say that a sanctions list matched (no tipping off). */
    static final String REJECT_REASON = "Rejected after the export-control check.";

    private final ObjectProvider<RequestService> service;
    private final ObjectProvider<RequestScreening> screening;
    private final ActivationRequestRepository requests;
    private final RequestScope scope;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ScreenedRequestsAdapter(ObjectProvider<RequestService> service, ObjectProvider<RequestScreening> screening,
                            ActivationRequestRepository requests, RequestScope scope, CurrentUser currentUser,
                            JdbcClient jdbc) {
        this.service = service;
        this.screening = screening;
        this.requests = requests;
        this.scope = scope;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** In the caller's scope, as {@link RequestService#get}, but one statement: no partner or manager to read. */
    @Override
    @Transactional(readOnly = true)
    public ScreenedRequest visible(long requestId) {
        ActivationRequest request = scope.load(requestId, currentUser.require());
        return of(request.getId(), request.getReference(), request.getData());
    }

    @Override
    public void lock(long requestId) {
        jdbc.sql("SELECT id FROM activation_request WHERE id = ? FOR UPDATE").param(requestId).query(Long.class)
                .optional();
    }

    @Override
    public void rejectForConfirmedMatch(long requestId) {
        RequestDetails details = service.getObject().get(requestId);
        service.getObject().reject(requestId, details.version(), REJECT_REASON);
    }

    /** One statement on the status index: ids and statuses only, each request is loaded when its turn comes. */
    @Override
    public List<RescreenTarget> rescreenTargets() {
        return jdbc.sql("SELECT id, status FROM activation_request WHERE status NOT IN (:notScreened) ORDER BY id")
                .param("notScreened", List.of(RequestStatus.DRAFT.name(), RequestStatus.REJECTED.name(),
                        RequestStatus.WITHDRAWN.name()))
                .query((rs, row) -> new RescreenTarget(rs.getLong(1),
                        RequestStatus.ACTIVATED.name().equals(rs.getString(2))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScreenedRequest> find(long requestId) {
        return requests.findById(requestId).map(request -> of(request.getId(), request.getReference(),
                request.getData()));
    }

    @EventListener
    void screenOnSubmit(RequestTransitioned moved) {
        if (moved.action() == RequestAction.SUBMIT) {
            requests.findById(moved.requestId()).ifPresent(request -> screening.getObject()
                    .screen(of(request.getId(), request.getReference(), request.getData()), "SUBMIT"));
        }
    }

    static ScreenedRequest of(long id, String reference, CustomerData data) {
        Company company = data.company() == null ? Company.EMPTY : data.company();
        List<ScreeningSubject> subjects = new ArrayList<>();
        subjects.add(new ScreeningSubject("CUSTOMER", company.name()));
        if (company.otherNames() != null) {
            for (String otherName : company.otherNames().split("[,;\\n]")) {
                subjects.add(new ScreeningSubject("OTHER_NAME", otherName.strip()));
            }
        }
        TenantAdministrator admin = data.administrator();
        if (admin != null && (admin.firstName() != null || admin.lastName() != null)) {
            subjects.add(new ScreeningSubject("ADMINISTRATOR", admin.fullName()));
        }
        subjects.removeIf(subject -> subject.name() == null || subject.name().isBlank());
        return new ScreenedRequest(id, reference, company.country(), subjects);
    }
}
