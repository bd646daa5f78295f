package com.activationdesk.audit;

/**
 * Who did it, copied into the entry at the time of the action (a later rename or deletion of the user or the
 * organisation does not change history).
 *
 * @param role a role name such as {@code CAM}, or {@code SYSTEM} / {@code INVITEE}; never blank
 */
public record AuditActor(Long userId, String email, String role, Long organizationId, String organizationName) {

    /**
     * Between the user's e-mail and the token's label when the user acted through an API token
     * ("a@b.example via API, token ERP (adk_1234abcd)"): the audit log's actor filter finds these by the e-mail.
     */
    public static final String VIA_API_TOKEN = " via API, token ";

    private static final String SYSTEM_ROLE = "SYSTEM";
    private static final String INVITEE_ROLE = "INVITEE";

    public AuditActor {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("An audit actor needs a role");
        }
    }

    /** The application itself, e.g. the job that lets an invitation expire. */
    public static AuditActor system() {
        return new AuditActor(null, null, SYSTEM_ROLE, null, null);
    }

    /** The tenant administrator acting through the public invitation link (no login, known by e-mail only). */
    public static AuditActor invitee(String email) {
        return new AuditActor(null, email, INVITEE_ROLE, null, null);
    }
}
