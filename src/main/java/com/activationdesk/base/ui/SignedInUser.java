package com.activationdesk.base.ui;

import java.util.Locale;

/**
 * What the application shell shows about the logged-in user. The security module provides it, so the shell
 * does not depend on how users are stored.
 *
 * @param roleKey message key of the role's name
 * @param locale  the user's remembered language, or {@code null} to follow the browser
 */
public record SignedInUser(String displayName, String email, String roleKey, String organizationName, Locale locale) {
}
