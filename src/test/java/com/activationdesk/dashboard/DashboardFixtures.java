package com.activationdesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
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

/**
 * Organisations and users of their own for each test (so scoped numbers are exact even in the shared database),
 * and requests walked through the real workflow at chosen instants.
 */
final class DashboardFixtures {

    static final String CLOUD_OPS = "ops1@vendor.example";

    private final RequestService requests;
    private final RunAs runAs;
    private final MutableClock clock;
    private final OrganizationRepository organizations;
    private final AppUserRepository users;

    DashboardFixtures(RequestService requests, RunAs runAs, MutableClock clock, OrganizationRepository organizations,
                      AppUserRepository users) {
        this.requests = requests;
        this.runAs = runAs;
        this.clock = clock;
        this.organizations = organizations;
        this.users = users;
    }

    // ---- organisations and users ------------------------------------------------------------------------

    AppUser vendorUser(Role role) {
        Organization vendor = organizations.findByTypeOrderByName(OrganizationType.VENDOR).getFirst();
        return users.save(new AppUser(unique(role.name().toLowerCase()) + "@vendor.test", "Test " + role, "{noop}x",
                role, vendor));
    }

    Organization tier1(AppUser cam) {
        Organization partner = new Organization(unique("Partner"), OrganizationType.PARTNER, PartnerTier.TIER_1, "DE");
        partner.setCam(cam);
        return organizations.save(partner);
    }

    Organization distributor(AppUser dam) {
        Organization distributor = new Organization(unique("Distributor"), OrganizationType.DISTRIBUTOR, null, "DE");
        distributor.setDam(dam);
        return organizations.save(distributor);
    }

    Organization tier2(Organization distributor) {
        Organization partner = new Organization(unique("Partner"), OrganizationType.PARTNER, PartnerTier.TIER_2, "DE");
        partner.getDistributors().add(distributor);
        return organizations.save(partner);
    }

    Organization customer() {
        return organizations.save(new Organization(unique("Customer"), OrganizationType.END_CUSTOMER, null, "DE"));
    }

    /** A login of the organisation; the e-mail is what {@link RunAs} takes. */
    String user(Organization organization, Role role) {
        return users.save(new AppUser(unique("user") + "@" + organization.getId() + ".test", "User of "
                + organization.getName(), "{noop}x", role, organization)).getEmail();
    }

    // ---- requests through the workflow, each step at the clock's current instant -------------------------

    RequestDetails draft(String partnerUser, Organization distributor, Platform platform, String country) {
        return runAs.as(partnerUser, () -> requests.createDraft(
                new RequestForm(customerData(platform, country), distributor == null ? null : distributor.getId())));
    }

    /** Complete, valid data of a new end customer with a new administrator e-mail. */
    static CustomerData customerData(Platform platform, String country) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new CustomerData(
                new Company("Kunde " + unique + " GmbH", null, "Hauptstraße 1", "80331", "München", country,
                        "DE" + Math.abs(unique.hashCode()), "Logistics", "Cloud telephony for 40 office users", null),
                new TenantAdministrator("Erika", "Mustermann", "admin-" + unique + "@kunde.example", "+4989123456",
                        "de"),
                new PlatformPlan(platform, "V3R3", Licensing.SSL_SUBSCRIPTION, 40, LocalDate.of(2040, 1, 1)),
                new Declarations(true, true));
    }

    RequestDetails draft(String partnerUser, Organization distributor) {
        return draft(partnerUser, distributor, Platform.OPENSCAPE_BUSINESS, "DE");
    }

    RequestDetails submit(String partnerUser, RequestDetails request) {
        return runAs.as(partnerUser, () -> requests.submit(request.id(), request.version()));
    }

    /** A new tier-1 request submitted to the CAM at {@code at}. */
    RequestDetails submitted(String partnerUser, Instant at) {
        clock.set(at);
        return submit(partnerUser, draft(partnerUser, null));
    }

    RequestDetails returnToPartner(String user, RequestDetails request) {
        return runAs.as(user, () -> requests.returnToPartner(request.id(), request.version(), "Please check the VAT number"));
    }

    RequestDetails passToDam(String distributorUser, RequestDetails request) {
        return runAs.as(distributorUser, () -> requests.passToDam(request.id(), request.version(), null));
    }

    RequestDetails forward(String manager, RequestDetails request) {
        return runAs.as(manager, () -> requests.forwardToCloudOps(request.id(), request.version(),
                new ForwardChecklist(true, true), null));
    }

    RequestDetails ask(RequestDetails request) {
        return runAs.as(CLOUD_OPS, () -> requests.askManager(request.id(), request.version(), "Which site is the main one?"));
    }

    RequestDetails invite(RequestDetails request) {
        return runAs.as(CLOUD_OPS, () -> requests.provisionAndInvite(request.id(), request.version(),
                "tenant-" + request.reference()));
    }

    /** Submitted, forwarded at {@code forwardedAt} and invited at {@code invitedAt} (tier 1). */
    RequestDetails invited(String partnerUser, String cam, Instant forwardedAt, Instant invitedAt) {
        RequestDetails forwarded = forwarded(partnerUser, cam, forwardedAt);
        clock.set(invitedAt);
        return invite(forwarded);
    }

    /** Submitted and forwarded to Cloud Ops at {@code at} (tier 1): the SLA clock starts then. */
    RequestDetails forwarded(String partnerUser, String cam, Instant at) {
        RequestDetails submitted = submitted(partnerUser, at);
        return forward(cam, submitted);
    }

    RequestDetails activate(RequestDetails invited, Organization customer, Instant at) {
        clock.set(at);
        requests.activate(invited.id(), invited.data().administrator().email(), customer.getId(), "2031-01");
        return invited;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
