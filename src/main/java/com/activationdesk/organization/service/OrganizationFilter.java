package com.activationdesk.organization.service;

import com.activationdesk.organization.domain.OrganizationType;

/** Admin grid filter; {@code null} fields do not restrict. */
public record OrganizationFilter(OrganizationType type, String nameContains) {

    public static OrganizationFilter none() {
        return new OrganizationFilter(null, null);
    }
}
