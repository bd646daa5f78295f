package com.activationdesk.request.service;

import java.util.List;

import com.activationdesk.organization.AccountManagerChanged;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.RequestStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an admin assigns another CAM to a tier-1 partner or another DAM to a distributor, the open requests
 * move to the new manager in the same transaction (the CAM/DAM data scope reads the responsible manager).
 * Finished requests (rejected, withdrawn) keep the manager who handled them.
 */
@Component
class ManagerReassignment {

    private final ActivationRequestRepository requests;

    ManagerReassignment(ActivationRequestRepository requests) {
        this.requests = requests;
    }

    @EventListener
    void on(AccountManagerChanged change) {
        List<String> finished = RequestStatus.FINAL.stream().map(Enum::name).toList();
        if (change.distributor()) {
            requests.reassignDistributorRequests(change.organizationId(), change.managerUserId(), finished);
        } else {
            requests.reassignPartnerRequests(change.organizationId(), change.managerUserId(), finished);
        }
    }
}
