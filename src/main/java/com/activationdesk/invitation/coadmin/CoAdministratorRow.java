package com.activationdesk.invitation.coadmin;

import java.time.Instant;

/** One co-administrator of a tenant as the views list it. */
public record CoAdministratorRow(long userId, String email, String displayName, Instant addedAt, String addedByName,
                                 String consentNote) {
}
