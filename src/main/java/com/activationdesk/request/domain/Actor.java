package com.activationdesk.request.domain;

import com.activationdesk.organization.domain.Role;

/**
 * Who moves a request: a logged-in role, the system (scheduled expiry), or the invited tenant administrator
 * who has no account yet and acts through the invitation link.
 */
public enum Actor {
    PARTNER, DISTRIBUTOR, CAM, DAM, CLOUD_OPS, CUSTOMER_ADMIN, ADMIN, SYSTEM, INVITEE;

    public static Actor of(Role role) {
        return Actor.valueOf(role.name());
    }
}
