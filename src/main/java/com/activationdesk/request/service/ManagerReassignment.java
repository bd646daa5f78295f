package com.activationdesk.request.service;

import java.util.List;
import java.util.Objects;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChanges;
import com.activationdesk.organization.AccountManagerChanged;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.ActivationRequestRepository.ManagedRequest;
import com.activationdesk.request.domain.RequestStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an admin assigns another CAM to a tier-1 partner or another DAM to a distributor, the open requests
 * move to the new manager in the same transaction (the CAM/DAM data scope reads the responsible manager).
 * Finished requests (rejected, withdrawn) keep the manager who handled them. Each request moved gets an audit
 * entry on its timeline (action {@code REASSIGN}, old and new manager), by the admin, in the same transaction.
 */
@Component
class ManagerReassignment {

    static final String ACTION = "REASSIGN";

    private final ActivationRequestRepository requests;
    private final AppUserRepository users;
    private final AuditTrail auditTrail;

    ManagerReassignment(ActivationRequestRepository requests, AppUserRepository users, AuditTrail auditTrail) {
        this.requests = requests;
        this.users = users;
        this.auditTrail = auditTrail;
    }

    @EventListener
    void on(AccountManagerChanged change) {
        List<String> finished = RequestStatus.FINAL.stream().map(Enum::name).toList();
        List<ManagedRequest> open;
        if (change.distributor()) {
            open = requests.findOpenDistributorRequests(change.organizationId(), finished);
            requests.reassignDistributorRequests(change.organizationId(), change.managerUserId(), finished);
        } else {
            open = requests.findOpenPartnerRequests(change.organizationId(), finished);
            requests.reassignPartnerRequests(change.organizationId(), change.managerUserId(), finished);
        }
        String newManager = change.managerUserId() == null ? null : users.findById(change.managerUserId())
                .map(user -> label(user.getDisplayName(), user.getEmail())).orElse(null);
        for (ManagedRequest request : open) {
            if (!Objects.equals(request.getManagerId(), change.managerUserId())) {
                auditTrail.recordChange(AuditSubject.request(request.getId(), request.getReference()), ACTION, null,
                        new FieldChanges().compare("responsibleManager",
                                label(request.getManagerName(), request.getManagerEmail()), newManager).list());
            }
        }
    }

    private static String label(String name, String email) {
        return name == null ? null : name + " <" + email + ">";
    }
}
