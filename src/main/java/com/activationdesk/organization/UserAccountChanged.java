package com.activationdesk.organization;

/**
 * Something about an account changed that its open sessions must not outlive: the security module ends them, the
 * invitation module removes co-administrations the user no longer qualifies for. Published inside the changing
 * transaction, after the account's security stamp was raised.
 */
public record UserAccountChanged(long userId, String email, Change change) {

    public enum Change {
        DISABLED,
        ROLE_OR_ORGANIZATION_CHANGED,
        EMAIL_CHANGED,
        PASSWORD_RESET_BY_ADMIN,
        /** Through a reset link: every session ends. */
        PASSWORD_CHANGED,
        /** By the logged-in user: every other session ends, the one that changed it continues. */
        OWN_PASSWORD_CHANGED
    }
}
