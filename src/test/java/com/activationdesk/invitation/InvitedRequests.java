package com.activationdesk.invitation;

import com.activationdesk.invitation.service.TermsConsent;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestTerms;
import org.springframework.test.context.event.ApplicationEventsHolder;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;

/**
 * Walks fresh tier-1 requests of Nordlicht (demo data) through the real services up to INVITATION_SENT and mints
 * the link as the mail delivery does when it hands the invitation to SMTP ({@link ActivationLinkIssuer}); the raw
 * link exists nowhere else. Every request gets its own customer and administrator e-mail, so tests do not collide.
 */
public final class InvitedRequests {

    public static final String PASSWORD = "tenant-admin-2026";
    public static final String TERMS_SHOWN = "Terms of use of the tenant\n\nVersion 2026-11";
    /** The administrator accepts the terms shown, from a known client. */
    public static final TermsConsent CONSENT = new TermsConsent(true, TERMS_SHOWN, TestTerms.CLIENT_ADDRESS,
            TestTerms.USER_AGENT);

    private final RequestSteps steps;
    private final ActivationLinkIssuer links;

    public InvitedRequests(RequestSteps steps, ActivationLinkIssuer links) {
        this.steps = steps;
        this.links = links;
    }

    /** A request the partner created, the CAM forwarded and Cloud Ops provisioned: the link is fresh. */
    public Invited invite() {
        RequestDetails invited = steps.invite(OPS1, steps.forward(CAM1, steps.submitted(NORDLICHT_USER1)));
        return delivered(invited);
    }

    /** The CAM asks for a resend and Cloud Ops sends a new link. */
    public Invited resend(RequestDetails request) {
        RequestDetails resent = steps.resendInvitation(OPS1, steps.requestResend(CAM1, request));
        return delivered(resent);
    }

    private Invited delivered(RequestDetails request) {
        InvitationMailDue mail = latestMail(request.id());
        return new Invited(request, mail, links.issue(mail.invitationId()).orElseThrow());
    }

    private InvitationMailDue latestMail(long requestId) {
        // The running test's recorded events: the test class needs @RecordApplicationEvents.
        return ApplicationEventsHolder.getRequiredApplicationEvents().stream(InvitationMailDue.class).filter(mail -> mail.requestId() == requestId)
                .reduce((first, second) -> second).orElseThrow();
    }

    /** A request with its current link. */
    public record Invited(RequestDetails request, InvitationMailDue mail, String activationUrl) {

        public String token() {
            return activationUrl.substring(activationUrl.lastIndexOf('/') + 1);
        }

        public long id() {
            return request.id();
        }

        public String adminEmail() {
            return request.data().administrator().email();
        }
    }
}
