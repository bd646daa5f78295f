package com.activationdesk.invitation.coadmin;

import java.time.Instant;

/**
 * One co-administrator of a tenant as the views list it, the customer administrator's included: who and since
 * when, nothing internal. Who at the vendor added them and the customer's consent note Cloud Ops documented stay on
 * the request's audit trail, which staff see.
 */
public record CoAdministratorRow(long userId, String email, String displayName, Instant addedAt) {
}
