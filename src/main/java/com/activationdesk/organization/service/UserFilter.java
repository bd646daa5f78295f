package com.activationdesk.organization.service;

import com.activationdesk.organization.domain.Role;

/** Admin grid filter; {@code null} fields do not restrict. {@code text} matches e-mail or name. */
public record UserFilter(Role role, Long organizationId, String text) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
