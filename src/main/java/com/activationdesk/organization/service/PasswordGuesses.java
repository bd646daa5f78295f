package com.activationdesk.organization.service;

/**
 * Login protection for the one place outside the login form where a password is checked: the current password in
 * "change my password". Implemented by the security module with the login's own counters, so a wrong current
 * password counts, and locks, exactly like a failed login of the account and the client address.
 */
public interface PasswordGuesses {

    /** Whether the account or the client address is locked now: then no password is checked at all. */
    boolean locked(String email, String address);

    /** Counts a wrong password as a failed login; kept even though the caller's transaction rolls back. */
    void wrong(String email, String address);
}
