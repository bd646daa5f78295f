/**
 * Invitation links and what happens through them: the link clock records (only the token's hash is stored), the
 * public activation page that creates the end customer's account, the co-administrators the customer allows
 * afterwards, and the job that lets unused links expire. Depends on request, organization, security, audit and
 * base; nothing depends on it except through its published event {@link com.activationdesk.invitation.InvitationMailDue}
 * and the {@code coadmin} interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations, activation and co-administrators")
package com.activationdesk.invitation;
