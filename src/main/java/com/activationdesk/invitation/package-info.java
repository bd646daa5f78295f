/**
 * Invitation links and what happens through them: the link clock records (only the token's hash is stored), the
 * public activation page that creates the end customer's account, the co-administrators the customer allows
 * afterwards, and the job that lets unused links expire. Reaches requests only through the port
 * {@link com.activationdesk.request.Tenants}; nothing depends on it except through its published event
 * {@link com.activationdesk.invitation.InvitationMailDue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations, activation and co-administrators",
        allowedDependencies = {"base :: domain", "base :: i18n", "base :: links", "base :: securitylog", "base :: ui", "audit",
                "organization", "organization :: domain",
                "organization :: service", "request", "request :: action", "request :: status",
                "request :: details", "request :: link-clock", "request :: detail-section", "security",
                "security :: ui"})
package com.activationdesk.invitation;
