package com.activationdesk.organization;

/**
 * An admin changed who looks after an organisation: the CAM of a tier-1 partner or the DAM of a distributor.
 * Published inside the admin's transaction, so open requests can follow the new manager atomically.
 *
 * @param managerUserId the new CAM/DAM, or {@code null} when the assignment was removed
 */
public record AccountManagerChanged(long organizationId, boolean distributor, Long managerUserId) {
}
