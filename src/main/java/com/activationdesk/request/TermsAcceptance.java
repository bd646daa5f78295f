package com.activationdesk.request;

import java.util.List;

import com.activationdesk.audit.FieldChange;

/**
 * The evidence of the tenant administrator's acceptance of the terms, stored with the activation: which version,
 * a SHA-256 hash of the exact text shown, and from where it was accepted. Only version and hash go into the audit
 * entry: the request's timeline is shown to the partner, who must not see the customer's address or browser.
 *
 * @param termsVersion  the version of the terms accepted
 * @param termsHash     SHA-256 of the terms text shown, 64 lower-case hex digits
 * @param clientAddress the client's IP address as the server saw it; {@code null} if unknown
 * @param userAgent     the browser's User-Agent header, at most {@link #USER_AGENT_LENGTH} characters;
 *                      {@code null} if unknown
 */
public record TermsAcceptance(String termsVersion, String termsHash, String clientAddress, String userAgent) {

    /** Column length of the user agent; longer headers are cut. */
    public static final int USER_AGENT_LENGTH = 500;

    public TermsAcceptance {
        if (userAgent != null && userAgent.length() > USER_AGENT_LENGTH) {
            userAgent = userAgent.substring(0, USER_AGENT_LENGTH);
        }
    }

    /** The audit entry's fields of the activation: what was accepted, not from where (see above). */
    public List<FieldChange> auditChanges() {
        return List.of(new FieldChange("termsVersion", null, termsVersion),
                new FieldChange("termsHash", null, termsHash));
    }
}
