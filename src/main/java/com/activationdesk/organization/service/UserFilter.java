package com.activationdesk.organization.service;

import com.activationdesk.organization.domain.Role;

/**
 * Admin grid filter; {@code null} fields do not restrict. {@code text} matches e-mail or name; {@code lockedOnly}
 * keeps the accounts locked by failed logins right now.
 */
public record UserFilter(Role role, Long organizationId, String text, boolean lockedOnly) {

    public UserFilter(Role role, Long organizationId, String text) {
        this(role, organizationId, text, false);
    }

    public static UserFilter none() {
        return new UserFilter(null, null, null, false);
    }
}
