package com.activationdesk.organization;

/** The routes of the administration views, for links from other modules (the admin dashboard). */
public final class OrganizationLinks {

    public static final String USERS_ROUTE = "admin/users";
    public static final String ORGANIZATIONS_ROUTE = "admin/organizations";

    private OrganizationLinks() {
    }
}
