package com.activationdesk.invitation.coadmin;

import com.activationdesk.audit.FieldChange;
import com.activationdesk.invitation.domain.CoAdministratorRepository;
import com.activationdesk.organization.UserAccountChanged;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.Tenants;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only enabled users of the requesting partner may co-administer its customers' tenants: when an admin disables a
 * user or moves them to another role or organisation, their co-administrations elsewhere end in the same
 * transaction, each recorded on its request with the system as the actor.
 */
@Component
class CoAdministratorRevocation {

    private final CoAdministratorRepository coAdministrators;
    private final AppUserRepository users;
    private final Tenants tenants;

    CoAdministratorRevocation(CoAdministratorRepository coAdministrators, AppUserRepository users, Tenants tenants) {
        this.coAdministrators = coAdministrators;
        this.users = users;
        this.tenants = tenants;
    }

    @EventListener
    void on(UserAccountChanged change) {
        if (change.change() != UserAccountChanged.Change.DISABLED
                && change.change() != UserAccountChanged.Change.ROLE_OR_ORGANIZATION_CHANGED) {
            return;
        }
        AppUser user = users.findById(change.userId()).orElseThrow();
        // A partner user still enabled keeps the co-administrations within their (possibly new) partner.
        Long keptPartnerId = user.isEnabled() && user.getRole() == Role.PARTNER ? user.getOrganization().getId() : null;
        for (long requestId : coAdministrators.findRequestIdsOutsidePartner(user.getId(), keptPartnerId)) {
            tenants.removeCoAdministratorAsSystem(requestId, (partnerId, noteRequired) -> {
                coAdministrators.remove(requestId, user.getId());
                return new FieldChange(CoAdministratorService.FIELD, user.getEmail(), null);
            });
        }
    }
}
