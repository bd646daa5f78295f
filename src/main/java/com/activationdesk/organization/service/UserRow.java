package com.activationdesk.organization.service;

import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;

/**
 * One line of the users grid.
 *
 * @param locked locked by failed logins right now (an admin can unlock)
 */
public record UserRow(long id, long version, String email, String displayName, Role role, long organizationId,
                      String organizationName, OrganizationType organizationType, String preferredLanguage,
                      boolean enabled, boolean locked) {
}
