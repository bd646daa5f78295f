package com.activationdesk.invitation.coadmin;

import org.springframework.modulith.NamedInterface;

/** A user of the requesting partner who could be added as co-administrator. */
@NamedInterface("coadmin")
public record CoAdministratorCandidate(long userId, String email, String displayName) {
}
