package com.activationdesk.invitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.activationdesk.RunAs;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Walks fresh tier-1 requests of Nordlicht (demo data) through the real services up to INVITATION_SENT and picks
 * the raw link out of the {@link InvitationMailDue} event, the only place it exists. Every request gets its own
 * customer and administrator e-mail, so tests do not collide.
 */
public final class InvitedRequests {

    public static final String PARTNER = "user1@nordlicht.example";
    public static final String PARTNER_COLLEAGUE = "user2@nordlicht.example";
    public static final String CAM = "cam1@vendor.example";
    public static final String CLOUD_OPS = "ops1@vendor.example";
    public static final String PASSWORD = "tenant-admin-2026";

    private final RequestService requests;
    private final RunAs runAs;
    private final Clock clock;
    private final ApplicationEvents events;

    public InvitedRequests(RequestService requests, RunAs runAs, Clock clock, ApplicationEvents events) {
        this.requests = requests;
        this.runAs = runAs;
        this.clock = clock;
        this.events = events;
    }

    /** A request the partner created, the CAM forwarded and Cloud Ops provisioned: the link is fresh. */
    public Invited invite() {
        RequestDetails draft = runAs.as(PARTNER, () -> requests.createDraft(new RequestForm(data(), null)));
        RequestDetails submitted = runAs.as(PARTNER, () -> requests.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM, () -> requests.forwardToCloudOps(draft.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
        RequestDetails invited = runAs.as(CLOUD_OPS, () -> requests.provisionAndInvite(draft.id(), forwarded.version(),
                "tenant-" + draft.reference()));
        return new Invited(invited, latestMail(draft.id()));
    }

    /** The CAM asks for a resend and Cloud Ops sends a new link. */
    public Invited resend(RequestDetails request) {
        RequestDetails requested = runAs.as(CAM, () -> requests.requestResend(request.id(), request.version(), null));
        RequestDetails resent = runAs.as(CLOUD_OPS, () -> requests.resendInvitation(request.id(), requested.version()));
        return new Invited(resent, latestMail(request.id()));
    }

    private InvitationMailDue latestMail(long requestId) {
        return events.stream(InvitationMailDue.class).filter(mail -> mail.requestId() == requestId)
                .reduce((first, second) -> second).orElseThrow();
    }

    private CustomerData data() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new CustomerData(
                new Company("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", "DE",
                        "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users", null),
                new TenantAdministrator("Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456",
                        "de"),
                new PlatformPlan(Platform.OPENSCAPE_BUSINESS, "V3R3", Licensing.SSL_SUBSCRIPTION, 40,
                        LocalDate.now(clock).plusMonths(3)),
                new Declarations(true, true));
    }

    /** A request with its current link. */
    public record Invited(RequestDetails request, InvitationMailDue mail) {

        public String token() {
            return mail.activationUrl().substring(mail.activationUrl().lastIndexOf('/') + 1);
        }

        public long id() {
            return request.id();
        }

        public String adminEmail() {
            return request.data().administrator().email();
        }
    }
}
