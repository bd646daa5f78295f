package com.activationdesk.invitation.coadmin;

/** A user of the requesting partner who could be added as co-administrator. */
public record CoAdministratorCandidate(long userId, String email, String displayName) {
}
