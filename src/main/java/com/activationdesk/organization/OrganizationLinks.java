package com.activationdesk.organization;

/** The routes of the administration views and of the password reset page, for links from other modules. */
public final class OrganizationLinks {

    public static final String USERS_ROUTE = "admin/users";
    public static final String ORGANIZATIONS_ROUTE = "admin/organizations";
    public static final String RESET_TOKEN_PARAMETER = "token";
    public static final String PASSWORD_RESET_ROUTE = "reset-password/:" + RESET_TOKEN_PARAMETER;

    private OrganizationLinks() {
    }

    /** The page behind a "forgot password" link, relative to the application's base URL. */
    public static String passwordReset(String token) {
        return "reset-password/" + token;
    }
}
