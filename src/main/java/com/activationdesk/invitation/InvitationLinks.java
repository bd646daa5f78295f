package com.activationdesk.invitation;

/** The route of the activation page behind an invitation link: the one place that knows it (page and mail). */
public final class InvitationLinks {

    public static final String TOKEN_PARAMETER = "token";
    public static final String ACTIVATION_ROUTE = "activate/:" + TOKEN_PARAMETER;

    private InvitationLinks() {
    }

    /** The activation page for a token, relative to the application's base URL. */
    public static String activation(String token) {
        return "activate/" + token;
    }
}
